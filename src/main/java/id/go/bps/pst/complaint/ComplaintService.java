package id.go.bps.pst.complaint;

import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitProperties;
import java.time.ZoneId;
import id.go.bps.pst.complaint.internal.ComplaintStore;
import id.go.bps.pst.complaint.internal.ComplaintValidator;
import id.go.bps.pst.complaint.internal.TrackingCodes;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint module's public face for the process glue and the pages: a complaint's life from
 * filing to closing, each step recorded in its history (who, when, status after, public or internal
 * note). Deadlines are computed here in working days ({@link WorkingCalendar}, {@link HolidayCalendar})
 * in the unit's zone and stored in UTC. The complainant's name, e-mail and phone stay in our table.
 */
@Service
@Transactional
public class ComplaintService {

  private static final Logger LOG = LoggerFactory.getLogger(ComplaintService.class);
  public static final String ACTOR_COMPLAINANT = "pengadu (halaman pelacakan)";
  public static final String ACTOR_SYSTEM = "sistem";

  private final ComplaintStore store;
  private final HolidayCalendar holidays;
  private final ComplaintProperties properties;
  private final UnitProperties unit;
  private final OrderService orders;
  private final MailOutbox outbox;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final String publicBaseUrl;
  private final id.go.bps.pst.common.UnitDirectory units;

  ComplaintService(ComplaintStore store, HolidayCalendar holidays, ComplaintProperties properties, UnitProperties unit,
      OrderService orders, MailOutbox outbox, ApplicationEventPublisher events, Clock clock,
      @Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl,
      id.go.bps.pst.common.UnitDirectory units) {
    this.units = units;
    this.store = store;
    this.holidays = holidays;
    this.properties = properties;
    this.unit = unit;
    this.orders = orders;
    this.outbox = outbox;
    this.events = events;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  // ---- filing ---------------------------------------------------------------------------------------

  /**
   * Checks and stores a complaint from any channel, gives it a tracking code and its deadlines, writes
   * the first history entry, links it to the sale request it concerns, queues the acknowledgement
   * e-mail and publishes {@link ComplaintFiled}. Throws {@link ComplaintValidationException} (nothing
   * stored) when it cannot be accepted. The process is started by the caller.
   *
   * @param laporReference the LAPOR! report number (channel LAPOR only)
   * @param receivedAt when the unit received it; null for now
   * @param enteredBy who entered it (an officer's user id, or the public channel)
   */
  public Complaint register(ComplaintSubmission submission, String laporReference, Instant receivedAt, String enteredBy) {
    ComplaintSubmission s = ComplaintValidator.normalize(submission);
    String lapor = s.channel() == ComplaintChannel.LAPOR && laporReference != null ? laporReference.strip() : null;
    List<String> problems = new ArrayList<>(ComplaintValidator.validate(s, lapor));
    Instant now = clock.instant();
    // a unit with configured channels, or any unit of pst_unit (README "Units (tenants)")
    if (s.unitCode() == null || properties.channelsOf(s.unitCode()) == null && !s.unitCode().equals(unit.code())
        && units.find(s.unitCode()).isEmpty()) {
      problems.add("Kode satker " + s.unitCode() + " tidak dikenal.");
    }
    if (receivedAt != null && receivedAt.isAfter(now)) {
      problems.add("Tanggal diterima tidak boleh di masa depan.");
    }
    String linkedRequest = s.requestNumber();
    String notLinkedBecause = null;
    if (s.requestNumber() != null && problems.isEmpty()) {
      Optional<SaleRequest> request = orders.find(s.requestNumber()).filter(r -> r.unitCode().equals(s.unitCode()));
      if (s.channel() == ComplaintChannel.WEB) {
        // the public form answers the same whether or not the number exists (it must not tell a stranger which
        // numbers are sales of the unit): the complaint is always accepted, linked to the sale only when it is the
        // complainant's own (same e-mail or phone as the sale's visitor); staff see the number typed either way
        if (request.isEmpty()) {
          notLinkedBecause = "tidak ada permintaan dengan nomor itu di unit ini";
        } else if (!sameContact(request.get(), s)) {
          notLinkedBecause = "e-mail dan telepon pengadu tidak sama dengan kontak pengguna layanan pada permintaan itu";
        }
        if (notLinkedBecause != null) {
          linkedRequest = null;
        }
      } else if (request.isEmpty()) {
        // staff (and the survey of a sale, whose number comes from the visitor's own portal link) may be told
        problems.add("Nomor permintaan " + s.requestNumber() + " tidak ditemukan di unit ini. Periksa kembali nomornya "
            + "(tertera pada invoice atau kuitansi), atau kosongkan isian ini.");
      }
    }
    if (!problems.isEmpty()) {
      throw new ComplaintValidationException(problems);
    }
    Instant received = receivedAt == null ? now : receivedAt;
    String code;
    do {
      code = TrackingCodes.next(s.unitCode());
    } while (store.exists(code));
    ZoneId zone = zone(s.unitCode());
    WorkingCalendar calendar = holidays.from(s.unitCode(), received.atZone(zone).toLocalDate());
    Instant firstResponseDue = due(calendar, received, properties.firstResponseDays(), zone);
    Instant answerDue = due(calendar, received, properties.answerDays(), zone);
    String name = s.name() == null ? ComplaintValidator.ANONYMOUS : s.name();
    Complaint draft = new Complaint(0, code, s.unitCode(), s.channel(), s.category(), lapor, linkedRequest, name,
        s.email(), s.phone(), s.description(), ComplaintStatus.RECEIVED, null, null, null, enteredBy, null, received,
        received, firstResponseDue, null, answerDue, null, null, null, null, null, null, 0, 0, s.requestNumber());
    long id = store.insert(draft, now);
    store.addEvent(id, now, enteredBy, "RECEIVED", ComplaintStatus.RECEIVED,
        "Pengaduan diterima melalui " + s.channel().label() + (lapor == null ? "" : " (LAPOR! " + lapor + ")")
            + ", kategori " + s.category().label() + ".", true);
    if (notLinkedBecause != null) {
      // for staff only (not a public note): why the number typed is not linked
      store.addEvent(id, now, ACTOR_SYSTEM, "REQUEST_NOT_LINKED", ComplaintStatus.RECEIVED, "Nomor permintaan yang "
          + "ditulis pengadu, " + s.requestNumber() + ", tidak ditautkan: " + notLinkedBecause + ".", false);
    }
    if (linkedRequest != null) {
      orders.log(linkedRequest, enteredBy, "COMPLAINT_FILED",
          "Pengaduan " + code + " (" + s.category().label() + ") terkait permintaan ini");
    }
    Complaint complaint = get(code);
    if (complaint.complainantEmail() != null) {
      acknowledge(complaint);
    }
    events.publishEvent(new ComplaintFiled(code, s.unitCode(), s.channel(), s.category(), linkedRequest, received));
    LOG.info("complaint {} filed ({}, {})", code, s.channel(), s.category());
    return complaint;
  }

  /** The complainant's e-mail (any case) or phone (digits, 0… or +62…) is the one on the sale. */
  private static boolean sameContact(SaleRequest request, ComplaintSubmission s) {
    boolean email = s.email() != null && request.visitorEmail() != null
        && s.email().strip().equalsIgnoreCase(request.visitorEmail().strip());
    String phone = phoneKey(s.phone());
    return email || phone != null && phone.equals(phoneKey(request.visitorPhone()));
  }

  private static String phoneKey(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    digits = digits.startsWith("62") ? digits.substring(2) : digits.startsWith("0") ? digits.substring(1) : digits;
    return digits.length() < 8 ? null : digits;
  }

  private void acknowledge(Complaint c) {
    Map<String, Object> model = mailModel(c);
    model.put("receivedAt", ComplaintTimes.format(c.receivedAt(), zone(c.unitCode())));
    model.put("firstResponseDue", ComplaintTimes.format(c.firstResponseDueAt(), zone(c.unitCode())));
    model.put("answerDue", ComplaintTimes.format(c.answerDueAt(), zone(c.unitCode())));
    try {
      outbox.enqueueTo(c.unitCode(), c.trackingCode(), c.complainantEmail(), MailType.COMPLAINT_RECEIVED, model);
    } catch (RuntimeException e) {
      LOG.error("acknowledgement of complaint {} could not be queued: {}", c.trackingCode(), e.getClass().getSimpleName());
    }
  }

  private Map<String, Object> mailModel(Complaint c) {
    Map<String, Object> model = new HashMap<>();
    model.put("name", c.complainantName());
    model.put("trackingCode", c.trackingCode());
    model.put("categoryLabel", c.category().label());
    model.put("trackingUrl", trackingUrl(c.trackingCode()));
    return model;
  }

  /** The public page where the complainant follows the complaint. */
  public String trackingUrl(String trackingCode) {
    return publicBaseUrl + "/pengaduan/lacak?kode=" + trackingCode;
  }

  /**
   * The process variables of a complaint: no personal data, only what routing, timers and task names
   * need (the rest is looked up by the tracking code, the business key).
   */
  @Transactional(readOnly = true)
  public Map<String, Object> processVariables(String trackingCode) {
    Complaint c = get(trackingCode);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("trackingCode", c.trackingCode());
    v.put("unitCode", c.unitCode());
    v.put("channel", c.channel().name());
    v.put("channelLabel", c.channel().label());
    v.put("category", c.category().name());
    v.put("categoryLabel", c.category().label());
    v.put("requestNumber", c.requestNumber());
    v.put("answerByEmail", c.answeredByEmail());
    v.put("firstResponseDueAt", Date.from(c.firstResponseDueAt()));
    v.put("answerDueAt", Date.from(c.answerDueAt()));
    return v;
  }

  public void linkProcessInstance(String trackingCode, String processInstanceId) {
    store.update(get(trackingCode).id(), clock.instant(), Map.of("process_instance_id", processInstanceId));
  }

  // ---- the unit's steps --------------------------------------------------------------------------------

  /**
   * The supervisor's triage, the first response: category, complexity (which sets the answer deadline
   * from the start of this round), the responsible officer and an optional note for the complainant.
   */
  public Complaint triage(String trackingCode, ComplaintCategory category, ComplaintComplexity complexity,
      String officer, String publicNote, String actor) {
    Complaint c = lock(trackingCode);
    Instant now = clock.instant();
    ZoneId zone = zone(c.unitCode());
    WorkingCalendar calendar = holidays.from(c.unitCode(), c.roundStartedAt().atZone(zone).toLocalDate());
    Instant answerDue = due(calendar, c.roundStartedAt(), properties.answerDays(complexity), zone);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("status", ComplaintStatus.IN_PROGRESS);
    columns.put("category", category);
    columns.put("complexity", complexity);
    columns.put("responsible_officer", officer);
    columns.put("triaged_by", actor);
    columns.put("answer_due_at", answerDue);
    if (c.firstRespondedAt() == null) {
      columns.put("first_responded_at", now);
    }
    store.update(c.id(), now, columns);
    String note = "Pengaduan sedang ditangani petugas PST (kategori " + category.label() + "; " + complexity.label()
        + "). Jawaban paling lambat " + ComplaintTimes.format(answerDue, zone) + "."
        + (publicNote == null || publicNote.isBlank() ? "" : " " + publicNote.strip());
    store.addEvent(c.id(), now, actor, "TRIAGED", ComplaintStatus.IN_PROGRESS, note, true);
    store.addEvent(c.id(), now, actor, "ASSIGNED", ComplaintStatus.IN_PROGRESS,
        "Penanggung jawab: " + officer + (c.category() != category ? "; kategori diubah dari " + c.category().label() : ""),
        false);
    return get(trackingCode);
  }

  /** The officer's answer as drafted in the handling task (sent in the next step). */
  public void recordAnswer(String trackingCode, String answer, String internalNote, String actor) {
    Complaint c = lock(trackingCode);
    Instant now = clock.instant();
    store.update(c.id(), now, Map.of("answer", answer.strip()));
    store.addEvent(c.id(), now, actor, "ANSWER_WRITTEN", c.status(),
        "Jawaban disusun" + (internalNote == null || internalNote.isBlank() ? "." : "; catatan penanganan: " + internalNote.strip()),
        false);
  }

  /** Sends the stored answer by e-mail through the outbox and marks the complaint answered. */
  public Complaint sendAnswerByEmail(String trackingCode) {
    Complaint c = get(trackingCode);
    if (c.answer() == null || c.complainantEmail() == null) {
      throw new IllegalStateException("complaint " + trackingCode + " has no answer or no e-mail address");
    }
    Complaint answered = markAnswered(trackingCode, "E-mail", null, ACTOR_SYSTEM);
    Map<String, Object> model = mailModel(answered);
    model.put("answer", answered.answer());
    model.put("confirmationDue",
        ComplaintTimes.format(answered.confirmationDueAt(), zone(answered.unitCode())));
    outbox.enqueueTo(answered.unitCode(), trackingCode, answered.complainantEmail(), MailType.COMPLAINT_ANSWERED, model);
    return answered;
  }

  /**
   * Records that the answer reached the complainant ({@code via}: how, shown to the complainant;
   * {@code note}: for staff) and opens the complainant's window to confirm or reopen.
   */
  public Complaint markAnswered(String trackingCode, String via, String note, String actor) {
    Complaint c = lock(trackingCode);
    Instant now = clock.instant();
    ZoneId zone = zone(c.unitCode());
    Instant confirmationDue = due(holidays.from(c.unitCode(), now.atZone(zone).toLocalDate()), now,
        properties.confirmationDays(), zone);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("status", ComplaintStatus.ANSWERED);
    columns.put("answered_at", now);
    columns.put("answer_sent_via", via);
    columns.put("confirmation_due_at", confirmationDue);
    store.update(c.id(), now, columns);
    store.addEvent(c.id(), now, actor, "ANSWERED", ComplaintStatus.ANSWERED,
        "Jawaban dikirim melalui " + via + ". Mohon nyatakan puas/selesai atau buka kembali paling lambat "
            + ComplaintTimes.format(confirmationDue, zone) + ".", true);
    if (note != null && !note.isBlank()) {
      store.addEvent(c.id(), now, actor, "ANSWER_SENT_NOTE", ComplaintStatus.ANSWERED, note.strip(), false);
    }
    return get(trackingCode);
  }

  /** A deadline passed: {@code which} is FIRST_RESPONSE or ANSWER; recorded for the supervisor. */
  public void escalate(String trackingCode, String which) {
    Complaint c = lock(trackingCode);
    Instant now = clock.instant();
    store.increment(c.id(), "escalation_count");
    String what = "FIRST_RESPONSE".equals(which)
        ? "Batas tanggapan pertama " + ComplaintTimes.format(c.firstResponseDueAt(), zone(c.unitCode()))
        : "Batas jawaban " + ComplaintTimes.format(c.answerDueAt(), zone(c.unitCode()));
    store.addEvent(c.id(), now, ACTOR_SYSTEM, "ESCALATED_" + which, c.status(),
        what + " terlewati; dieskalasi ke Koordinator PST.", false);
  }

  /** What the supervisor did about an escalation. */
  public void recordEscalationAction(String trackingCode, String action, String actor) {
    Complaint c = get(trackingCode);
    store.addEvent(c.id(), clock.instant(), actor, "ESCALATION_HANDLED", c.status(), action.strip(), false);
  }

  // ---- the complainant's steps -------------------------------------------------------------------------

  /** Checks that the complainant can answer now (the complaint waits for them). */
  @Transactional(readOnly = true)
  public Complaint requireAwaitingConfirmation(String trackingCode) {
    Complaint c = get(trackingCode);
    if (c.status() != ComplaintStatus.ANSWERED) {
      throw new ComplaintValidationException("Pengaduan ini tidak sedang menunggu tanggapan Anda (status: "
          + c.status().label() + ").");
    }
    return c;
  }

  /**
   * The complainant is not satisfied: a new round with new deadlines from now; the reason is shown in
   * the history. Returns the process variables for the new round.
   */
  public Map<String, Object> reopen(String trackingCode, String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.length() < 10) {
      throw new ComplaintValidationException("Tuliskan alasan membuka kembali pengaduan, paling sedikit 10 karakter.");
    }
    if (r.length() > 2000) {
      throw new ComplaintValidationException("Alasan terlalu panjang: paling banyak 2.000 karakter.");
    }
    Complaint c = lock(trackingCode);
    if (c.status() != ComplaintStatus.ANSWERED) {
      throw new ComplaintValidationException("Pengaduan ini tidak sedang menunggu tanggapan Anda (status: "
          + c.status().label() + ").");
    }
    Instant now = clock.instant();
    ZoneId zone = zone(c.unitCode());
    WorkingCalendar calendar = holidays.from(c.unitCode(), now.atZone(zone).toLocalDate());
    Instant firstResponseDue = due(calendar, now, properties.firstResponseDays(), zone);
    Instant answerDue = due(calendar, now, properties.answerDays(), zone);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("status", ComplaintStatus.REOPENED);
    columns.put("round_started_at", now);
    columns.put("first_response_due_at", firstResponseDue);
    columns.put("first_responded_at", null);
    columns.put("answer_due_at", answerDue);
    columns.put("confirmation_due_at", null);
    store.update(c.id(), now, columns);
    store.increment(c.id(), "reopen_count");
    store.addEvent(c.id(), now, ACTOR_COMPLAINANT, "REOPENED", ComplaintStatus.REOPENED,
        "Dibuka kembali oleh pengadu: " + r, true);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("reopenReason", r);
    v.put("firstResponseDueAt", Date.from(firstResponseDue));
    v.put("answerDueAt", Date.from(answerDue));
    return v;
  }

  /** Closes the complaint (confirmed by the complainant, or their window passed). */
  public Complaint close(String trackingCode, ComplaintClosure closure) {
    Complaint c = lock(trackingCode);
    Instant now = clock.instant();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("status", ComplaintStatus.CLOSED);
    columns.put("closed_at", now);
    columns.put("closure", closure);
    store.update(c.id(), now, columns);
    store.addEvent(c.id(), now, closure == ComplaintClosure.CONFIRMED ? ACTOR_COMPLAINANT : ACTOR_SYSTEM, "CLOSED",
        ComplaintStatus.CLOSED, "Selesai: " + closure.label() + ".", true);
    return get(trackingCode);
  }

  // ---- reading -------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Complaint> find(String trackingCode) {
    return store.find(trackingCode);
  }

  @Transactional(readOnly = true)
  public Complaint get(String trackingCode) {
    return store.find(trackingCode).orElseThrow(() -> new ComplaintNotFoundException(trackingCode));
  }

  /** The whole history, for staff. */
  @Transactional(readOnly = true)
  public List<ComplaintEvent> history(String trackingCode) {
    return store.events(get(trackingCode).id());
  }

  /** The entries the complainant sees. */
  @Transactional(readOnly = true)
  public List<ComplaintEvent> publicHistory(String trackingCode) {
    return history(trackingCode).stream().filter(ComplaintEvent::publicNote).toList();
  }

  /** Every complaint of the unit, newest first. */
  @Transactional(readOnly = true)
  public List<Complaint> ofUnit(String unitCode) {
    return store.ofUnit(unitCode);
  }

  /** The complaints about one sale request. */
  @Transactional(readOnly = true)
  public List<Complaint> ofRequest(String requestNumber) {
    return store.ofRequest(requestNumber);
  }

  /** Working days from the day after {@code from} to {@code to} (e.g. a complaint's age). */
  @Transactional(readOnly = true)
  public int workingDaysBetween(Instant from, Instant to) {
    return workingDaysBetween(unit.code(), from, to);
  }

  /** Working days from the day after {@code from} to {@code to} in the unit's zone and calendar. */
  @Transactional(readOnly = true)
  public int workingDaysBetween(String unitCode, Instant from, Instant to) {
    ZoneId zone = zone(unitCode);
    var start = from.atZone(zone).toLocalDate();
    return holidays.from(unitCode, start).workingDaysBetween(start, to.atZone(zone).toLocalDate());
  }

  /**
   * How the public reaches the unit's complaint desk: the unit's own channels (pst_unit.complaint_*,
   * editable as data) over the configured ones ({@code pst.complaint.channels.<code>}); SP4N-LAPOR! is
   * national. Null when the unit has neither.
   */
  @Transactional(readOnly = true)
  public ComplaintProperties.UnitChannels channels(String unitCode) {
    ComplaintProperties.UnitChannels configured = properties.channelsOf(unitCode);
    id.go.bps.pst.common.UnitSettings own = units.settings(unitCode);
    if (!own.hasComplaintChannels()) {
      return configured;
    }
    String lapor = configured != null && configured.laporUrl() != null ? configured.laporUrl()
        : properties.channels().values().stream().map(ComplaintProperties.UnitChannels::laporUrl)
            .filter(java.util.Objects::nonNull).findFirst().orElse("https://www.lapor.go.id");
    return new ComplaintProperties.UnitChannels(
        own.complaintBox() != null ? own.complaintBox() : configured == null ? null : configured.box(),
        own.complaintEmail() != null ? own.complaintEmail() : configured == null ? null : configured.email(),
        own.complaintSmsWhatsapp() != null ? own.complaintSmsWhatsapp() : configured == null ? null
            : configured.smsWhatsapp(), lapor);
  }

  /** The zone of the complaint's unit (deadlines end at the due time there); the default unit's for an unknown one. */
  public ZoneId zone(String unitCode) {
    return units.find(unitCode).map(id.go.bps.pst.common.Unit::zoneId).orElse(unit.zoneId());
  }

  private Instant due(WorkingCalendar calendar, Instant start, int workingDays, ZoneId zone) {
    return calendar.dueAfter(start, workingDays, zone, properties.dueTime());
  }

  private Complaint lock(String trackingCode) {
    return store.lock(trackingCode).orElseThrow(() -> new ComplaintNotFoundException(trackingCode));
  }
}
