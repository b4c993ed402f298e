package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintClosure;
import id.go.bps.pst.complaint.ComplaintComplexity;
import id.go.bps.pst.complaint.ComplaintEvent;
import id.go.bps.pst.complaint.ComplaintStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The complaint tables (plain JDBC). Callers run inside their own transaction. */
@Repository
public class ComplaintStore {

  private static final String COLUMNS = "id, tracking_code, unit_code, channel, category, lapor_reference, request_number, "
      + "complainant_name, complainant_email, complainant_phone, description, status, complexity, responsible_officer, "
      + "triaged_by, entered_by, process_instance_id, received_at, round_started_at, first_response_due_at, "
      + "first_responded_at, answer_due_at, answer, answer_sent_via, answered_at, confirmation_due_at, closed_at, closure, "
      + "reopen_count, escalation_count, reported_request_number";

  private final JdbcTemplate jdbc;

  ComplaintStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a new complaint; returns its id. */
  public long insert(Complaint c, Instant now) {
    jdbc.update("insert into pst_complaint (tracking_code, unit_code, channel, category, lapor_reference, request_number, "
            + "complainant_name, complainant_email, complainant_phone, description, status, entered_by, received_at, "
            + "round_started_at, first_response_due_at, answer_due_at, reopen_count, escalation_count, updated_at, "
            + "reported_request_number) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
        c.trackingCode(), c.unitCode(), c.channel().name(), c.category().name(), c.laporReference(), c.requestNumber(),
        c.complainantName(), c.complainantEmail(), c.complainantPhone(), c.description(), c.status().name(),
        c.enteredBy(), ts(c.receivedAt()), ts(c.roundStartedAt()), ts(c.firstResponseDueAt()), ts(c.answerDueAt()),
        ts(now), c.reportedRequestNumber());
    return jdbc.queryForObject("select id from pst_complaint where tracking_code = ?", Long.class, c.trackingCode());
  }

  public boolean exists(String trackingCode) {
    Integer n = jdbc.queryForObject("select count(*) from pst_complaint where tracking_code = ?", Integer.class,
        trackingCode);
    return n != null && n > 0;
  }

  public Optional<Complaint> find(String trackingCode) {
    return jdbc.query("select " + COLUMNS + " from pst_complaint where tracking_code = ?", ComplaintStore::map,
        trackingCode).stream().findFirst();
  }

  /** Reads the row for an update, locked until the transaction ends (two actions on one complaint queue up). */
  public Optional<Complaint> lock(String trackingCode) {
    return jdbc.query("select " + COLUMNS + " from pst_complaint where tracking_code = ? for update", ComplaintStore::map,
        trackingCode).stream().findFirst();
  }

  public List<Complaint> ofUnit(String unitCode) {
    return jdbc.query("select " + COLUMNS + " from pst_complaint where unit_code = ? order by received_at desc",
        ComplaintStore::map, unitCode);
  }

  public List<Complaint> ofRequest(String requestNumber) {
    return jdbc.query("select " + COLUMNS + " from pst_complaint where request_number = ? order by received_at",
        ComplaintStore::map, requestNumber);
  }

  /** Sets the given columns (names are ours, never user input) and updated_at. */
  public void update(long id, Instant now, Map<String, Object> columns) {
    StringJoiner set = new StringJoiner(", ");
    Object[] args = new Object[columns.size() + 2];
    int i = 0;
    for (Map.Entry<String, Object> e : columns.entrySet()) {
      set.add(e.getKey() + " = ?");
      Object v = e.getValue();
      args[i++] = v instanceof Instant instant ? ts(instant) : v instanceof Enum<?> en ? en.name() : v;
    }
    args[i++] = ts(now);
    args[i] = id;
    jdbc.update("update pst_complaint set " + set + ", updated_at = ? where id = ?", args);
  }

  public void increment(long id, String column) {
    jdbc.update("update pst_complaint set " + column + " = " + column + " + 1 where id = ?", id);
  }

  public void addEvent(long complaintId, Instant at, String actor, String action, ComplaintStatus status, String note,
      boolean publicNote) {
    jdbc.update("insert into pst_complaint_event (complaint_id, occurred_at, actor, action, status, note, public_note) "
        + "values (?, ?, ?, ?, ?, ?, ?)", complaintId, ts(at), actor, action, status.name(),
        note == null ? null : note.length() > 4000 ? note.substring(0, 4000) : note, publicNote);
  }

  public List<ComplaintEvent> events(long complaintId) {
    return jdbc.query("select occurred_at, actor, action, status, note, public_note from pst_complaint_event "
            + "where complaint_id = ? order by occurred_at, id",
        (rs, n) -> new ComplaintEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getString("action"), ComplaintStatus.valueOf(rs.getString("status")), rs.getString("note"),
            rs.getBoolean("public_note")), complaintId);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  static Complaint map(ResultSet rs, int row) throws SQLException {
    return new Complaint(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("unit_code"),
        ComplaintChannel.valueOf(rs.getString("channel")), ComplaintCategory.valueOf(rs.getString("category")),
        rs.getString("lapor_reference"), rs.getString("request_number"), rs.getString("complainant_name"),
        rs.getString("complainant_email"), rs.getString("complainant_phone"), rs.getString("description"),
        ComplaintStatus.valueOf(rs.getString("status")), enumOf(ComplaintComplexity.class, rs.getString("complexity")),
        rs.getString("responsible_officer"), rs.getString("triaged_by"), rs.getString("entered_by"),
        rs.getString("process_instance_id"), instant(rs, "received_at"), instant(rs, "round_started_at"),
        instant(rs, "first_response_due_at"), instant(rs, "first_responded_at"), instant(rs, "answer_due_at"),
        rs.getString("answer"), rs.getString("answer_sent_via"), instant(rs, "answered_at"),
        instant(rs, "confirmation_due_at"), instant(rs, "closed_at"), enumOf(ComplaintClosure.class, rs.getString("closure")),
        rs.getInt("reopen_count"), rs.getInt("escalation_count"), rs.getString("reported_request_number"));
  }
}
