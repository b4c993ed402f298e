package id.go.bps.pst.delivery;

import id.go.bps.pst.common.InsertReturningId;
import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.delivery.internal.SoftcopyFiles;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Softcopy delivery: one download link per delivered file of a request (microdata extracts,
 * electronic publications, digital WKS maps), each with an expiry and a download limit, and a log
 * of every attempt (who, when, IP address, user agent, outcome). Links are created when the product
 * is handed over (status HANDED_OVER: after payment and receipt), never earlier.
 */
@Service
@Transactional
public class DeliveryService {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);
  private static final String COLUMNS = "id, request_number, line_no, product_type, product_id, title, file_name, "
      + "content_type, generated, expires_at, max_downloads, download_count";

  private final JdbcTemplate jdbc;
  private final OrderService orders;
  private final SoftcopyFiles softcopies;
  private final DeliveryProperties properties;
  private final Clock clock;

  DeliveryService(JdbcTemplate jdbc, OrderService orders, SoftcopyFiles softcopies, DeliveryProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.softcopies = softcopies;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Creates the links of every deliverable line of the request; lines that already have one are kept (and
   * the audit trail says so only when a link was created). Returns every link of the request.
   */
  public List<DeliveryFile> createLinks(String requestNumber) {
    SaleRequest request = orders.get(requestNumber);
    // to the microsecond, as the columns keep it: the files returned are the rows written, not read back
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant expiresAt = now.plus(properties.linkValidity());
    SortedMap<Integer, DeliveryFile> byLine = new TreeMap<>();
    files(requestNumber).forEach(f -> byLine.put(f.lineNo(), f));
    boolean created = false;
    for (OrderLine line : request.lines()) {
      Optional<SoftcopyFiles.Spec> spec = softcopies.specFor(request, line);
      if (spec.isEmpty() || byLine.containsKey(line.lineNo())) {
        continue;
      }
      SoftcopyFiles.Spec s = spec.get();
      long id = InsertReturningId.insert(jdbc, "insert into pst_delivery_file (request_number, line_no, product_type, "
          + "product_id, title, file_name, content_type, variables, regions, generated, expires_at, max_downloads, "
          + "download_count, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", requestNumber,
          line.lineNo(), line.productType().name(), s.productId(), s.title(), s.fileName(), s.contentType(),
          line.variables(), line.regions(), s.generated(), expiresAt, properties.maxDownloads(), now);
      byLine.put(line.lineNo(), new DeliveryFile(id, requestNumber, line.lineNo(),
          line.productType(), s.productId(), s.title(), s.fileName(), s.contentType(), s.generated(), expiresAt,
          properties.maxDownloads(), 0));
      created = true;
    }
    List<DeliveryFile> files = List.copyOf(byLine.values());
    if (created) {
      orders.log(requestNumber, "system", "DOWNLOAD_LINKS_CREATED",
          files.size() + " tautan unduhan berlaku sampai " + expiresAt + ", paling banyak "
              + properties.maxDownloads() + " kali unduh per berkas");
    }
    return files;
  }

  @Transactional(readOnly = true)
  public List<DeliveryFile> files(String requestNumber) {
    return jdbc.query("select " + COLUMNS + " from pst_delivery_file where request_number = ? order by line_no",
        DeliveryService::map, requestNumber);
  }

  @Transactional(readOnly = true)
  public Optional<DeliveryFile> file(String requestNumber, long fileId) {
    return jdbc.query("select " + COLUMNS + " from pst_delivery_file where request_number = ? and id = ?",
        DeliveryService::map, requestNumber, fileId).stream().findFirst();
  }

  /**
   * One download of a file of the request: counted and logged when allowed; logged and refused with
   * {@link DownloadRefusedException} when the link has expired or its downloads are used up.
   */
  @Transactional(noRollbackFor = DownloadRefusedException.class)
  public Download download(String requestNumber, long fileId, String actor, String clientIp, String userAgent) {
    DeliveryFile file = file(requestNumber, fileId).orElseThrow(() -> new DeliveryFileNotFoundException(fileId));
    Instant now = clock.instant();
    int updated = jdbc.update("update pst_delivery_file set download_count = download_count + 1 "
            + "where id = ? and download_count < max_downloads and expires_at > ?",
        fileId, Timestamp.from(now));
    if (updated == 0) {
      DownloadOutcome outcome = file.isExpired(now) ? DownloadOutcome.EXPIRED : DownloadOutcome.LIMIT_REACHED;
      logAttempt(file, now, outcome, actor, clientIp, userAgent);
      throw new DownloadRefusedException(outcome, outcome == DownloadOutcome.EXPIRED
          ? "Tautan unduhan berkas ini sudah kedaluwarsa. Mintalah petugas PST memperbaruinya."
          : "Batas " + file.maxDownloads() + " kali unduh untuk berkas ini sudah tercapai. "
              + "Mintalah petugas PST memperbaruinya.");
    }
    byte[] bytes = softcopies.bytes(orders.get(requestNumber), file, variablesOf(fileId), regionsOf(fileId));
    logAttempt(file, now, DownloadOutcome.OK, actor, clientIp, userAgent);
    DeliveryFile counted = file(requestNumber, fileId).orElseThrow();
    return new Download(counted, bytes);
  }

  /** Renews a link (officer): a new expiry from now and a fresh download allowance; the log is kept. */
  public DeliveryFile renew(String requestNumber, long fileId, String officer) {
    DeliveryFile file = file(requestNumber, fileId).orElseThrow(() -> new DeliveryFileNotFoundException(fileId));
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.linkValidity());
    jdbc.update("update pst_delivery_file set expires_at = ?, download_count = 0, max_downloads = ?, renewed_at = ?, "
            + "renewed_by = ? where id = ?",
        Timestamp.from(expiresAt), properties.maxDownloads(), Timestamp.from(now), officer, fileId);
    orders.log(requestNumber, officer, "DOWNLOAD_LINK_RENEWED",
        "Tautan unduhan " + file.fileName() + " diperbarui sampai " + expiresAt);
    LOG.info("download link {} of request {} renewed by {}", fileId, requestNumber, officer);
    return file(requestNumber, fileId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<DownloadLogEntry> log(String requestNumber) {
    return jdbc.query("select file_id, request_number, attempted_at, outcome, actor, client_ip, user_agent "
            + "from pst_delivery_download where request_number = ? order by attempted_at, id",
        (rs, i) -> new DownloadLogEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
            DownloadOutcome.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)),
        requestNumber);
  }

  private String variablesOf(long fileId) {
    return jdbc.queryForObject("select variables from pst_delivery_file where id = ?", String.class, fileId);
  }

  private String regionsOf(long fileId) {
    return jdbc.queryForObject("select regions from pst_delivery_file where id = ?", String.class, fileId);
  }

  private void logAttempt(DeliveryFile file, Instant now, DownloadOutcome outcome, String actor, String ip,
      String userAgent) {
    jdbc.update("insert into pst_delivery_download (file_id, request_number, attempted_at, outcome, actor, client_ip, "
            + "user_agent) values (?, ?, ?, ?, ?, ?, ?)",
        file.id(), file.requestNumber(), Timestamp.from(now), outcome.name(), truncate(actor, 64), truncate(ip, 64),
        truncate(userAgent, 300));
  }

  private static String truncate(String s, int max) {
    return s == null ? null : s.substring(0, Math.min(s.length(), max));
  }

  private static DeliveryFile map(ResultSet rs, int row) throws SQLException {
    return new DeliveryFile(rs.getLong("id"), rs.getString("request_number"), rs.getInt("line_no"),
        ProductType.valueOf(rs.getString("product_type")), rs.getString("product_id"), rs.getString("title"), rs.getString("file_name"),
        rs.getString("content_type"), rs.getBoolean("generated"), rs.getTimestamp("expires_at").toInstant(),
        rs.getInt("max_downloads"), rs.getInt("download_count"));
  }
}
