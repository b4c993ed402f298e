package id.go.bps.pst.visit;

import id.go.bps.pst.common.CounterRows;
import id.go.bps.pst.common.InsertReturningId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue: tickets numbered per unit, local day and service (e.g. {@code P-007} for product
 * sales), the counter sessions, and the clock of the service standard.
 *
 * <p>The standard reads "served at most 10 minutes after the visitor before them in the queue has
 * finished". Here a ticket's clock starts
 * <ul>
 *   <li>on arrival, when nobody ahead of it in today's queue is still waiting or at a counter;</li>
 *   <li>otherwise when a counter session ends (the officer marks it finished, calls the next ticket at
 *       the same counter, or marks a no-show, or the request ends): the first waiting ticket whose
 *       clock is not running yet gets it;</li>
 *   <li>when a waiting ticket whose clock was running leaves the queue uncalled, its clock passes
 *       to the next waiting ticket.</li>
 * </ul>
 * A counter session (the visitor at the counter) ends when the officer says so, not at a fixed BPMN
 * step: some visitors pay and sign at once, others leave for the bank or wait days for microdata,
 * so no single step of the sale means "left the counter". One officer serves one visitor at a time,
 * so calling the next ticket to the same counter ends the previous session too.
 *
 * <p>Starting a clock writes the ticket row only; it never touches the waiting request's process,
 * which another officer may be calling at that moment. The process checks the ticket when its own
 * timers fire ({@link Ticket#standardDeadline(Duration)}).
 */
@Service
@Transactional
public class QueueService {

  /** Service code of "Penjualan Produk Statistik" on tickets. */
  public static final String SALES = "P";

  private static final String COLUMNS = "id, unit_code, service_day, service_code, ticket_seq, ticket_number, "
      + "public_ref, request_number, arrived_at, clock_started_at, called_at, called_by, counter_name, "
      + "recalled_at, recall_count, finished_at, finished_by, no_show";
  private static final RowMapper<Ticket> ROW = QueueService::map;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final SaleProcess process;
  private final ApplicationEventPublisher events;
  private final VisitProperties properties;
  private final CounterRows counterRows;

  QueueService(JdbcTemplate jdbc, Clock clock, SaleProcess process, ApplicationEventPublisher events,
      VisitProperties properties, CounterRows counterRows) {
    this.counterRows = counterRows;
    this.jdbc = jdbc;
    this.clock = clock;
    this.process = process;
    this.events = events;
    this.properties = properties;
  }

  /**
   * The service standard: longest allowed wait after the clock starts, as the sale model's timer says
   * (what an analyst set in the Modeler, the duration the sale's own timers wait); the setting
   * {@code pst.visit.service-standard} only while no sale model is deployed.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Duration serviceStandard() {
    return process.queueStandard().orElse(properties.serviceStandard());
  }

  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public List<String> counters() {
    return properties.counters();
  }

  /**
   * Issues the next ticket of the day for the service; its clock starts at once when nobody ahead of
   * it is still waiting or at a counter.
   */
  public Ticket issueTicket(String unitCode, ZoneId zone, String serviceCode) {
    // to the microsecond, as the column keeps it: the ticket returned is the row written, without reading it back
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    LocalDate day = LocalDate.ofInstant(now, zone);
    int next = Math.toIntExact(counterRows.next("pst_ticket_sequence", "unit_code, service_day, service_code",
        unitCode, day, serviceCode));
    String number = "%s-%03d".formatted(serviceCode, next);
    Integer ahead = jdbc.queryForObject("select count(*) from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "and service_code = ? and ticket_seq < ? and finished_at is null", Integer.class,
        unitCode, day, serviceCode, next);
    Instant clockStarted = ahead == 0 ? now : null;
    String publicRef = UUID.randomUUID().toString();
    long id = InsertReturningId.insert(jdbc, "insert into pst_queue_ticket (unit_code, service_day, service_code, "
        + "ticket_seq, ticket_number, public_ref, arrived_at, clock_started_at, recall_count, no_show) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", unitCode, day, serviceCode, next, number, publicRef, now,
        clockStarted, false);
    events.publishEvent(new QueueChanged(QueueChanged.Kind.ARRIVED, unitCode, number, null));
    return new Ticket(id, unitCode, day, serviceCode, next, number, publicRef, null, now,
        clockStarted, null, null, null, null, 0, null, null, false);
  }

  public void attachRequest(String unitCode, ZoneId zone, String ticket, String requestNumber) {
    jdbc.update("update pst_queue_ticket set request_number = ? where unit_code = ? and service_day = ? "
        + "and ticket_number = ?", requestNumber, unitCode, LocalDate.ofInstant(clock.instant(), zone), ticket);
  }

  /**
   * Records that an officer called the request's ticket to a counter (the "call" task was completed,
   * in Tasklist or on the counter page). A session still open at that counter ends now.
   */
  public void markCalled(String requestNumber, String officer, String counterName) {
    Optional<Ticket> ticket = byRequest(requestNumber);
    if (ticket.isEmpty() || ticket.get().calledAt() != null) {
      return;
    }
    Ticket t = ticket.get();
    String counter = counterName == null || counterName.isBlank() ? null : counterName.strip();
    List<Ticket> previous = counter == null ? List.of() : atCounter(t.unitCode(), t.serviceDay(), counter);
    // called first, so that the clock handed on below never goes to this ticket
    jdbc.update("update pst_queue_ticket set called_at = ?, called_by = ?, counter_name = ? where id = ? "
        + "and called_at is null", Timestamp.from(clock.instant()), officer, counter, t.id());
    events.publishEvent(new QueueChanged(QueueChanged.Kind.CALLED, t.unitCode(), t.ticketNumber(), counter));
    previous.forEach(open -> finish(open, officer, false));
  }

  /**
   * Calls the first waiting ticket of the day to the counter: completes its "call" task as the officer.
   *
   * @return the called ticket, empty when nobody waits
   */
  public Optional<Ticket> callNext(String unitCode, ZoneId zone, String serviceCode, String counterName,
      String officer) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    for (Ticket candidate : waiting(unitCode, day, serviceCode)) {
      Ticket locked = lockTicket(candidate.id());
      if (locked.status() == Ticket.Status.WAITING && locked.requestNumber() != null) {
        process.callVisitor(locked.requestNumber(), officer, counterName);
        return byId(locked.id());
      }
    }
    return Optional.empty();
  }

  /** Ends the counter session open at the counter (the visitor leaves the counter). */
  public Optional<Ticket> finishSession(String unitCode, ZoneId zone, String counterName, String officer) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    List<Ticket> open = atCounter(unitCode, day, counterName);
    open.forEach(t -> finish(t, officer, false));
    return open.stream().reduce((a, b) -> b).flatMap(t -> byId(t.id()));
  }

  /** Announces the ticket at the counter once more; records the time. */
  public Optional<Ticket> recall(String unitCode, ZoneId zone, String counterName, String officer) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    List<Ticket> open = atCounter(unitCode, day, counterName);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Ticket t = open.get(open.size() - 1);
    jdbc.update("update pst_queue_ticket set recalled_at = ?, recall_count = recall_count + 1 where id = ?",
        Timestamp.from(clock.instant()), t.id());
    events.publishEvent(new QueueChanged(QueueChanged.Kind.RECALLED, t.unitCode(), t.ticketNumber(), counterName));
    return byId(t.id());
  }

  /**
   * The visitor called to the counter did not come: records the no-show, ends the session (the next
   * ticket's clock starts) and cancels the request.
   */
  public Optional<Ticket> noShow(String unitCode, ZoneId zone, String counterName, String officer) {
    LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
    List<Ticket> open = atCounter(unitCode, day, counterName);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    Ticket t = open.get(open.size() - 1);
    finish(t, officer, true);
    if (t.requestNumber() != null) {
      process.cancelAsNoShow(t.requestNumber(), officer);
    }
    return byId(t.id());
  }

  /** The request ended (cancelled or completed): its ticket leaves the queue or its session ends. */
  public void requestEnded(String requestNumber, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    // a ticket of an earlier day is history: its queue is closed, nobody waits behind it any more
    byRequest(requestNumber).filter(t -> t.finishedAt() == null && t.serviceDay().equals(today))
        .ifPresent(t -> finish(t, "system", false));
  }

  @Transactional(readOnly = true)
  public Optional<Ticket> byRequest(String requestNumber) {
    if (requestNumber == null) {
      return Optional.empty();
    }
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where request_number = ? order by id desc", ROW,
        requestNumber).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Optional<Ticket> byPublicRef(String publicRef) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where public_ref = ?", ROW, publicRef)
        .stream().findFirst();
  }

  /** Tickets of the day still waiting to be called, in queue order. */
  @Transactional(readOnly = true)
  public List<Ticket> waiting(String unitCode, LocalDate day, String serviceCode) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "and service_code = ? and called_at is null and finished_at is null order by ticket_seq", ROW,
        unitCode, day, serviceCode);
  }

  /** How many tickets of the day wait ahead of this one. */
  @Transactional(readOnly = true)
  public int waitingAhead(Ticket ticket) {
    Integer n = jdbc.queryForObject("select count(*) from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "and service_code = ? and ticket_seq < ? and called_at is null and finished_at is null", Integer.class,
        ticket.unitCode(), ticket.serviceDay(), ticket.serviceCode(), ticket.sequence());
    return n == null ? 0 : n;
  }

  /**
   * The load of the unit's queue now (every service of today): waiting tickets and their waits so far.
   * One small query; used by monitoring at scrape time.
   */
  @Transactional(readOnly = true)
  public QueueLoad load(String unitCode, ZoneId zone) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<Instant> arrivals = jdbc.query("select arrived_at from pst_queue_ticket where unit_code = ? "
        + "and service_day = ? and called_at is null and finished_at is null",
        (rs, row) -> rs.getTimestamp(1).toInstant(), unitCode, today);
    long longest = 0;
    long total = 0;
    for (Instant arrived : arrivals) {
      long waited = Math.max(0, Duration.between(arrived, now).toMillis());
      longest = Math.max(longest, waited);
      total += waited;
    }
    return new QueueLoad(unitCode, arrivals.size(), Duration.ofMillis(longest),
        Duration.ofMillis(arrivals.isEmpty() ? 0 : total / arrivals.size()));
  }

  /** Sessions open at counters (called, not finished), oldest call first. */
  @Transactional(readOnly = true)
  public List<Ticket> atCounters(String unitCode, LocalDate day) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "and called_at is not null and finished_at is null order by called_at, id", ROW, unitCode, day);
  }

  /** Every ticket of the day, in number order (for the report). */
  @Transactional(readOnly = true)
  public List<Ticket> day(String unitCode, LocalDate day) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "order by service_code, ticket_seq, id", ROW, unitCode, day);
  }

  // ---- internals --------------------------------------------------------------------------------

  private List<Ticket> atCounter(String unitCode, LocalDate day, String counterName) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where unit_code = ? and service_day = ? "
        + "and counter_name = ? and called_at is not null and finished_at is null order by called_at, id", ROW,
        unitCode, day, counterName);
  }

  /**
   * Ends a session (or takes an uncalled ticket out of the queue) and starts the clock of the first
   * waiting ticket without one, when the standard says so.
   */
  private void finish(Ticket t, String by, boolean noShow) {
    int changed = jdbc.update("update pst_queue_ticket set finished_at = ?, finished_by = ?, no_show = ? "
        + "where id = ? and finished_at is null", Timestamp.from(clock.instant()), by, noShow, t.id());
    if (changed == 0) {
      return;
    }
    QueueChanged.Kind kind = noShow ? QueueChanged.Kind.NO_SHOW
        : t.calledAt() == null ? QueueChanged.Kind.LEFT : QueueChanged.Kind.FINISHED;
    events.publishEvent(new QueueChanged(kind, t.unitCode(), t.ticketNumber(), t.counterName()));
    boolean sessionEnded = t.calledAt() != null;
    boolean clockHandedOver = t.calledAt() == null && t.clockStartedAt() != null;
    if (sessionEnded || clockHandedOver) {
      startNextClock(t.unitCode(), t.serviceDay(), t.serviceCode());
    }
  }

  /**
   * The clock goes to the first waiting ticket without one. A ticket whose row another transaction holds
   * right now (an officer calling it, or its visitor still being registered) is passed over, not waited
   * for: two officers each calling the ticket the other's ended session would hand the clock to waited
   * for each other's row (a deadlock, seen in the benchmark at 16 officers). A ticket being called no longer
   * waits anyway; one still being registered gets its clock at the next session end, as before, when this
   * hand-over could not see it yet. Only the ticket row is written: the waiting sale's own timers read it
   * (its officer may be calling it now).
   */
  private void startNextClock(String unitCode, LocalDate day, String serviceCode) {
    List<Map.Entry<Long, String>> next = jdbc.query("select id, ticket_number from pst_queue_ticket "
        + "where unit_code = ? and service_day = ? and service_code = ? and called_at is null "
        + "and finished_at is null and clock_started_at is null order by ticket_seq limit 1 for update skip locked",
        (rs, row) -> Map.entry(rs.getLong("id"), rs.getString("ticket_number")), unitCode, day, serviceCode);
    if (next.isEmpty()) {
      return;
    }
    jdbc.update("update pst_queue_ticket set clock_started_at = ? where id = ?", Timestamp.from(clock.instant()),
        next.get(0).getKey());
    events.publishEvent(new QueueChanged(QueueChanged.Kind.CLOCK_STARTED, unitCode, next.get(0).getValue(), null));
  }

  private Optional<Ticket> byId(long id) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where id = ?", ROW, id).stream().findFirst();
  }

  private Ticket lockTicket(long id) {
    return jdbc.query("select " + COLUMNS + " from pst_queue_ticket where id = ? for update", ROW, id).get(0);
  }

  private static Ticket map(ResultSet rs, int row) throws SQLException {
    String number = rs.getString("ticket_number");
    String code = rs.getString("service_code");
    int seq = rs.getInt("ticket_seq");
    if (rs.wasNull()) {
      seq = Integer.parseInt(number.substring(number.indexOf('-') + 1));
    }
    return new Ticket(rs.getLong("id"), rs.getString("unit_code"), rs.getObject("service_day", LocalDate.class),
        code != null ? code : number.substring(0, number.indexOf('-')), seq, number, rs.getString("public_ref"),
        rs.getString("request_number"), instant(rs, "arrived_at"), instant(rs, "clock_started_at"),
        instant(rs, "called_at"), rs.getString("called_by"), rs.getString("counter_name"),
        instant(rs, "recalled_at"), rs.getInt("recall_count"), instant(rs, "finished_at"),
        rs.getString("finished_by"), rs.getBoolean("no_show"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
