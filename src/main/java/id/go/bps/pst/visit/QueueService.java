package id.go.bps.pst.visit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queue tickets numbered per unit, local day and service, e.g. {@code P-007} for product sales. */
@Service
@Transactional
public class QueueService {

  /** Service code of "Penjualan Produk Statistik" on tickets. */
  public static final String SALES = "P";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  QueueService(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public String issueTicket(String unitCode, ZoneId zone, String serviceCode) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    Integer last = lock(unitCode, day, serviceCode);
    if (last == null) {
      try {
        jdbc.update("insert into pst_ticket_sequence (unit_code, service_day, service_code, last_value) "
            + "values (?, ?, ?, 0)", unitCode, day, serviceCode);
      } catch (DuplicateKeyException concurrentInsert) {
        // created meanwhile by another kiosk; lock it below
      }
      last = lock(unitCode, day, serviceCode);
    }
    int next = last + 1;
    jdbc.update("update pst_ticket_sequence set last_value = ? where unit_code = ? and service_day = ? "
        + "and service_code = ?", next, unitCode, day, serviceCode);
    String ticket = "%s-%03d".formatted(serviceCode, next);
    jdbc.update("insert into pst_queue_ticket (unit_code, service_day, ticket_number, arrived_at) values (?, ?, ?, ?)",
        unitCode, day, ticket, Timestamp.from(clock.instant()));
    return ticket;
  }

  public void attachRequest(String unitCode, ZoneId zone, String ticket, String requestNumber) {
    jdbc.update("update pst_queue_ticket set request_number = ? where unit_code = ? and service_day = ? "
        + "and ticket_number = ?", requestNumber, unitCode, LocalDate.ofInstant(clock.instant(), zone), ticket);
  }

  /** Records that an officer called the ticket to the counter. */
  public void markCalled(String requestNumber, String officer) {
    jdbc.update("update pst_queue_ticket set called_at = ?, called_by = ? where request_number = ? "
        + "and called_at is null", Timestamp.from(clock.instant()), officer, requestNumber);
  }

  private Integer lock(String unitCode, LocalDate day, String serviceCode) {
    return jdbc.query("select last_value from pst_ticket_sequence where unit_code = ? and service_day = ? "
            + "and service_code = ? for update",
        rs -> rs.next() ? rs.getInt(1) : null, unitCode, day, serviceCode);
  }
}
