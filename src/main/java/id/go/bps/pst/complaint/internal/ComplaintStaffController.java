package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintNotFoundException;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintStatus;
import id.go.bps.pst.complaint.ComplaintTimes;
import id.go.bps.pst.complaint.ComplaintValidationException;
import id.go.bps.pst.complaint.Holiday;
import id.go.bps.pst.complaint.HolidayCalendar;
import id.go.bps.pst.complaint.HolidayKind;
import id.go.bps.pst.complaint.WorkingCalendar;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.notification.MailOutbox;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages (login as for every /laporan page): the complaints by status, channel, category and age
 * with those past due first, one complaint's whole history, and the holiday calendar. Supervisor and
 * officers see complainants' contacts; auditors read everything else. Only the supervisor edits the
 * holiday calendar.
 */
@Controller
class ComplaintStaffController {

  static final String[] READERS = {PstGroups.SUPERVISOR, PstGroups.PETUGAS, PstGroups.AUDITOR};
  /** Age buckets in working days since receipt. */
  static final Map<String, int[]> AGES = new java.util.LinkedHashMap<>();

  static {
    AGES.put("0-3", new int[] {0, 3});
    AGES.put("4-5", new int[] {4, 5});
    AGES.put("6-14", new int[] {6, 14});
    AGES.put("15-60", new int[] {15, 60});
    AGES.put("61+", new int[] {61, Integer.MAX_VALUE});
  }

  private final ComplaintService complaints;
  private final HolidayCalendar holidays;
  private final MailOutbox outbox;
  private final AccessControl access;
  private final UnitProperties unit;
  private final Clock clock;

  ComplaintStaffController(ComplaintService complaints, HolidayCalendar holidays, MailOutbox outbox,
      AccessControl access, UnitProperties unit, Clock clock) {
    this.complaints = complaints;
    this.holidays = holidays;
    this.outbox = outbox;
    this.access = access;
    this.unit = unit;
    this.clock = clock;
  }

  /** One row of the list. */
  record Row(Complaint complaint, int ageWorkingDays, boolean overdue, Instant dueAt) {
  }

  @GetMapping("/laporan/pengaduan")
  String list(@RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "saluran", required = false) String channel,
      @RequestParam(name = "kategori", required = false) String category,
      @RequestParam(name = "umur", required = false) String age, Model model) {
    access.requireAnyGroup(READERS);
    Instant now = clock.instant();
    List<Complaint> all = complaints.ofUnit(unit.code());
    LocalDate earliest = all.stream().map(c -> local(c.receivedAt())).min(Comparator.naturalOrder())
        .orElse(local(now));
    WorkingCalendar calendar = holidays.from(earliest);
    List<Row> rows = all.stream().map(c -> new Row(c, calendar.workingDaysBetween(local(c.receivedAt()),
            local(c.closedAt() == null ? now : c.closedAt())), c.overdue(now), c.currentDueAt())).toList();
    Map<ComplaintStatus, Long> byStatus = count(rows, ComplaintStatus.class, r -> r.complaint().status());
    Map<ComplaintChannel, Long> byChannel = count(rows, ComplaintChannel.class, r -> r.complaint().channel());
    Map<ComplaintCategory, Long> byCategory = count(rows, ComplaintCategory.class, r -> r.complaint().category());
    int[] ageRange = age == null ? null : AGES.get(age);
    List<Row> shown = rows.stream()
        .filter(r -> status == null || status.isBlank() || r.complaint().status().name().equals(status))
        .filter(r -> channel == null || channel.isBlank() || r.complaint().channel().name().equals(channel))
        .filter(r -> category == null || category.isBlank() || r.complaint().category().name().equals(category))
        .filter(r -> ageRange == null || r.ageWorkingDays() >= ageRange[0] && r.ageWorkingDays() <= ageRange[1])
        .sorted(Comparator.comparing((Row r) -> !r.overdue())
            .thenComparing(r -> !r.complaint().status().open())
            .thenComparing(r -> r.dueAt() == null ? Instant.MAX : r.dueAt())
            .thenComparing(r -> r.complaint().receivedAt(), Comparator.reverseOrder()))
        .toList();
    model.addAttribute("rows", shown);
    model.addAttribute("total", rows.size());
    model.addAttribute("overdueCount", rows.stream().filter(Row::overdue).count());
    model.addAttribute("byStatus", byStatus);
    model.addAttribute("byChannel", byChannel);
    model.addAttribute("byCategory", byCategory);
    model.addAttribute("ages", AGES.keySet());
    model.addAttribute("filter", Map.of("status", nz(status), "saluran", nz(channel), "kategori", nz(category),
        "umur", nz(age)));
    model.addAttribute("statuses", ComplaintStatus.values());
    model.addAttribute("channels", ComplaintChannel.values());
    model.addAttribute("categories", ComplaintCategory.values());
    model.addAttribute("time", new PublicComplaintController.Times(unit));
    model.addAttribute("unit", unit);
    return "complaint/staff-list";
  }

  @GetMapping("/laporan/pengaduan/{code}")
  String detail(@PathVariable String code, Model model) {
    CurrentUser user = access.requireAnyGroup(READERS);
    Complaint c = TrackingCodes.normalize(code).flatMap(complaints::find).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Pengaduan " + code + " tidak ditemukan."));
    model.addAttribute("complaint", c);
    model.addAttribute("events", complaints.history(c.trackingCode()));
    model.addAttribute("mails", outbox.forRequest(c.trackingCode()));
    model.addAttribute("showContact", user.isMemberOfAny(PstGroups.SUPERVISOR, PstGroups.PETUGAS,
        PstGroups.CAMUNDA_ADMIN));
    model.addAttribute("overdue", c.overdue(clock.instant()));
    model.addAttribute("time", new PublicComplaintController.Times(unit));
    model.addAttribute("unit", unit);
    return "complaint/staff-detail";
  }

  // ---- holiday calendar ------------------------------------------------------------------------------

  @GetMapping("/laporan/hari-libur")
  String holidays(@RequestParam(name = "tahun", required = false) Integer year, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(READERS);
    return holidayPage(year == null ? local(clock.instant()).getYear() : year, user, model, session);
  }

  @PostMapping("/laporan/hari-libur")
  String addHoliday(@RequestParam(name = "tanggal", required = false) String date,
      @RequestParam(name = "nama", required = false) String name,
      @RequestParam(name = "jenis", required = false) String kind,
      @RequestParam(name = "sumber", required = false) String source,
      HttpServletRequest request, HttpServletResponse response, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(PstGroups.SUPERVISOR);
    LocalDate day = null;
    try {
      day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return refused(response, model, session, user, local(clock.instant()).getYear(),
          "Tanggal tidak dapat dibaca; gunakan bentuk tahun-bulan-tanggal, misalnya 2027-03-10.");
    }
    int year = day == null ? local(clock.instant()).getYear() : day.getYear();
    HolidayKind k = null;
    try {
      k = kind == null || kind.isBlank() ? null : HolidayKind.valueOf(kind);
    } catch (IllegalArgumentException ignored) {
      // reported below as a missing kind
    }
    try {
      holidays.add(day, name, k, source, user.userId());
    } catch (ComplaintValidationException invalid) {
      model.addAttribute("entered", Map.of("tanggal", nz(date), "nama", nz(name), "jenis", nz(kind), "sumber", nz(source)));
      return refused(response, model, session, user, year, String.join(" ", invalid.problems()));
    }
    return "redirect:/laporan/hari-libur?tahun=" + year;
  }

  @PostMapping("/laporan/hari-libur/{id}/hapus")
  String removeHoliday(@PathVariable long id, @RequestParam(name = "tahun", required = false) Integer year,
      HttpServletRequest request, HttpServletResponse response, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(PstGroups.SUPERVISOR);
    int y = year == null ? local(clock.instant()).getYear() : year;
    holidays.remove(id);
    return "redirect:/laporan/hari-libur?tahun=" + y;
  }

  private String refused(HttpServletResponse response, Model model, HttpSession session, CurrentUser user, int year,
      String problem) {
    if (response.getStatus() < 400) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("problems", List.of(problem));
    return holidayPage(year, user, model, session);
  }

  private String holidayPage(int year, CurrentUser user, Model model, HttpSession session) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tahun harus antara 2000 dan 2100.");
    }
    List<Holiday> days = holidays.year(year);
    model.addAttribute("year", year);
    model.addAttribute("days", days);
    model.addAttribute("kinds", HolidayKind.values());
    model.addAttribute("noCutiBersama", days.stream().noneMatch(h -> h.kind() == HolidayKind.CUTI_BERSAMA));
    model.addAttribute("canEdit", user.isMemberOfAny(PstGroups.SUPERVISOR, PstGroups.CAMUNDA_ADMIN));
    model.addAttribute("dates", new Dates());
    model.addAttribute("unit", unit);
    if (!model.containsAttribute("entered")) {
      model.addAttribute("entered", Map.of());
    }
    return "complaint/holidays";
  }

  /** Formats days for the holiday page. */
  record Dates() {
    public String of(LocalDate date) {
      return ComplaintTimes.date(date);
    }
  }

  private LocalDate local(Instant instant) {
    return instant.atZone(unit.zoneId()).toLocalDate();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static <E extends Enum<E>> Map<E, Long> count(List<Row> rows, Class<E> type,
      java.util.function.Function<Row, E> key) {
    Map<E, Long> counts = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      counts.put(e, 0L);
    }
    rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
    return counts;
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(ComplaintNotFoundException.class)
  @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
  @org.springframework.web.bind.annotation.ResponseBody
  Map<String, Object> notFound(ComplaintNotFoundException e) {
    return Map.of("status", 404, "message", e.getMessage());
  }

}
