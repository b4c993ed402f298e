package id.go.bps.pst.notification;

import id.go.bps.pst.common.InsertReturningId;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.notification.internal.MailTemplates;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox: a mail is rendered and written here in the same transaction as the step that
 * causes it, so it is never lost and never sent for a step that was rolled back; {@link MailOutboxSender}
 * delivers it later with retries. Every mail carries a fresh portal link of its request.
 */
@Service
@Transactional
public class MailOutbox {

  static final String COLUMNS = "id, request_number, mail_type, recipient, subject, body_text, body_html, status, "
      + "attempts, next_attempt_at, last_error, created_at, sent_at, unit_code";

  private final JdbcTemplate jdbc;
  private final OrderService orders;
  private final VisitorLinks links;
  private final MailTemplates templates;
  private final MailProperties properties;
  private final ObjectProvider<JavaMailSender> smtp;
  private final UnitDirectory units;
  private final Clock clock;

  MailOutbox(JdbcTemplate jdbc, OrderService orders, VisitorLinks links, MailTemplates templates,
      MailProperties properties, ObjectProvider<JavaMailSender> smtp, UnitDirectory units, Clock clock) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.links = links;
    this.templates = templates;
    this.properties = properties;
    this.smtp = smtp;
    this.units = units;
    this.clock = clock;
  }

  /** The unit of a request (its mails name it and use its zone); the default unit when unknown. */
  public Unit unitOf(String requestNumber) {
    return orders.find(requestNumber).map(r -> units.find(r.unitCode()).orElse(null)).filter(u -> u != null)
        .orElseGet(units::defaultUnit);
  }

  /**
   * Renders and queues a mail of the given type to the request's visitor; returns the outbox id. A
   * failure here does not mark the caller's transaction for rollback: a mail never fails a step.
   */
  @Transactional(noRollbackFor = RuntimeException.class)
  public long enqueue(String requestNumber, MailType type, Map<String, Object> extra) {
    SaleRequest request = orders.get(requestNumber);
    Unit unit = units.find(request.unitCode()).orElseGet(units::defaultUnit);
    VisitorLinks.Link link = links.issue(requestNumber);
    Map<String, Object> model = new HashMap<>(extra);
    model.put("visitorName", request.visitorName());
    model.put("requestNumber", requestNumber);
    model.put("portalUrl", link.url());
    model.put("portalExpires", id.go.bps.pst.common.IndonesianFormat.dateTime(link.expiresAt(), unit.zoneId()));
    model.put("unit", unit);
    model.put("zoneName", unit.zoneLabel());
    model.put("lines", request.lines());
    String subject = type.subject() + " " + requestNumber;
    String text = templates.text(type, model);
    String html = templates.html(type, model);
    Instant now = clock.instant();
    MailStatus status = deliverable() ? MailStatus.PENDING : MailStatus.HELD;
    return insert(requestNumber, type, request.visitorEmail(), subject, text, html, status, now, unit.code());
  }

  /** Writes the outbox row; its id comes back with the insert (no second statement to find it). */
  private long insert(String reference, MailType type, String recipient, String subject, String text, String html,
      MailStatus status, Instant now, String unitCode) {
    return InsertReturningId.insert(jdbc, "insert into pst_mail_outbox (request_number, mail_type, recipient, "
        + "subject, body_text, body_html, status, attempts, next_attempt_at, created_at, unit_code) "
        + "values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", reference, type.name(), recipient, subject, text, html,
        status.name(), now, now, unitCode);
  }

  /**
   * Renders and queues a mail that does not belong to a sale request (e.g. the answer to a complaint)
   * to the given address; {@code reference} (the complaint's tracking code) is kept in the request
   * number column, so the outbox page lists it. The model gets {@code unit} added. Returns the outbox id.
   */
  @Transactional(noRollbackFor = RuntimeException.class)
  public long enqueueTo(String reference, String recipient, MailType type, Map<String, Object> extra) {
    return enqueueTo(null, reference, recipient, type, extra);
  }

  /** As {@link #enqueueTo(String, String, MailType, Map)}, for the given unit (null: the default unit). */
  @Transactional(noRollbackFor = RuntimeException.class)
  public long enqueueTo(String unitCode, String reference, String recipient, MailType type, Map<String, Object> extra) {
    Unit unit = units.find(unitCode).orElseGet(units::defaultUnit);
    Map<String, Object> model = new HashMap<>(extra);
    model.put("unit", unit);
    model.put("zoneName", unit.zoneLabel());
    String subject = type.subject() + " " + reference;
    String text = templates.text(type, model);
    String html = templates.html(type, model);
    Instant now = clock.instant();
    MailStatus status = deliverable() ? MailStatus.PENDING : MailStatus.HELD;
    return insert(reference, type, recipient, subject, text, html, status, now, unit.code());
  }

  /** True when mails are actually sent (enabled and an SMTP server configured). */
  public boolean deliverable() {
    return properties.enabled() && smtp.getIfAvailable() != null;
  }

  @Transactional(readOnly = true)
  public List<OutboxMail> latest(int limit) {
    return jdbc.query("select " + COLUMNS + " from pst_mail_outbox order by id desc limit ?", MailOutbox::map, limit);
  }

  /** The latest mails of these units (mails without a unit, from before units, are the default unit's). */
  @Transactional(readOnly = true)
  public List<OutboxMail> latest(int limit, java.util.Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    boolean withDefault = unitCodes.contains(units.defaultUnit().code());
    String in = String.join(", ", java.util.Collections.nCopies(unitCodes.size(), "?"));
    List<Object> args = new java.util.ArrayList<>(unitCodes);
    args.add(limit);
    return jdbc.query("select " + COLUMNS + " from pst_mail_outbox where unit_code in (" + in + ")"
        + (withDefault ? " or unit_code is null" : "") + " order by id desc limit ?", MailOutbox::map, args.toArray());
  }

  @Transactional(readOnly = true)
  public List<OutboxMail> forRequest(String requestNumber) {
    return jdbc.query("select " + COLUMNS + " from pst_mail_outbox where request_number = ? order by id",
        MailOutbox::map, requestNumber);
  }

  static OutboxMail map(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new OutboxMail(rs.getLong("id"), rs.getString("request_number"), MailType.valueOf(rs.getString("mail_type")),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
        MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
        rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
        rs.getString("unit_code"));
  }
}
