package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.common.UnitFormat;
import id.go.bps.pst.identity.ReportScope;
import id.go.bps.pst.identity.ReportScopes;
import id.go.bps.pst.identity.StaffUnits;
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
  private final ReportScopes scopes;
  private final StaffUnits staffUnits;
  private final UnitDirectory units;
  private final Clock clock;

  ComplaintStaffController(ComplaintService complaints, HolidayCalendar holidays, MailOutbox outbox,
      AccessControl access, ReportScopes scopes, StaffUnits staffUnits, UnitDirectory units, Clock clock) {
    this.complaints = complaints;
    this.holidays = holidays;
    this.outbox = outbox;
    this.access = access;
    this.scopes = scopes;
    this.staffUnits = staffUnits;
    this.units = units;
    this.clock = clock;
  }

  /** One row of the list. */
  record Row(Complaint complaint, int ageWorkingDays, boolean overdue, Instant dueAt) {
  }

  @GetMapping("/laporan/pengaduan")
  String list(@RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "saluran", required = false) String channel,
      @RequestParam(name = "kategori", required = false) String category,
      @RequestParam(name = "umur", required = false) String age,
      @RequestParam(name = "unit", required = false) String unitParam, Model model) {
    ReportScope scope = scopes.of(access.requireAnyGroup(READERS), unitParam);
    UnitFormat.showIn(scope.zone());
    Instant now = clock.instant();
    List<Row> rows = new java.util.ArrayList<>();
    for (Unit u : scope.units()) { // each unit's complaints, ages in its own zone and calendar
      List<Complaint> ofUnit = complaints.ofUnit(u.code());
      LocalDate earliest = ofUnit.stream().map(c -> local(c.receivedAt(), u)).min(Comparator.naturalOrder())
          .orElse(local(now, u));
      WorkingCalendar calendar = holidays.from(u.code(), earliest);
      ofUnit.forEach(c -> rows.add(new Row(c, calendar.workingDaysBetween(local(c.receivedAt(), u),
          local(c.closedAt() == null ? now : c.closedAt(), u)), c.overdue(now), c.currentDueAt())));
    }
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
    model.addAttribute("time", new PublicComplaintController.Times(scope.zone(), complaints::zone));
    model.addAttribute("unit", scope.heading());
    model.addAttribute("scope", scope);
    return "complaint/staff-list";
  }

  @GetMapping("/laporan/pengaduan/{code}")
  String detail(@PathVariable String code, Model model) {
    CurrentUser user = access.requireAnyGroup(READERS);
    Complaint c = TrackingCodes.normalize(code).flatMap(complaints::find)
        .filter(found -> staffUnits.canRead(user, found.unitCode())).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Pengaduan " + code + " tidak ditemukan di unit Anda."));
    UnitFormat.showIn(complaints.zone(c.unitCode()));
    model.addAttribute("complaint", c);
    model.addAttribute("events", complaints.history(c.trackingCode()));
    model.addAttribute("mails", outbox.forRequest(c.trackingCode()));
    model.addAttribute("showContact", user.isMemberOfAny(PstGroups.SUPERVISOR, PstGroups.PETUGAS,
        PstGroups.CAMUNDA_ADMIN));
    model.addAttribute("overdue", c.overdue(clock.instant()));
    model.addAttribute("time", new PublicComplaintController.Times(complaints.zone(c.unitCode()), complaints::zone));
    model.addAttribute("unit", units.find(c.unitCode()).orElseGet(units::defaultUnit));
    return "complaint/staff-detail";
  }

  // ---- holiday calendar ------------------------------------------------------------------------------

  @GetMapping("/laporan/hari-libur")
  String holidays(@RequestParam(name = "tahun", required = false) Integer year,
      @RequestParam(name = "unit", required = false) String unitParam, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(READERS);
    ReportScope scope = scopes.of(user, unitParam);
    return holidayPage(year == null ? local(clock.instant(), scope.heading()).getYear() : year, user, scope, model,
        session);
  }

  @PostMapping("/laporan/hari-libur")
  String addHoliday(@RequestParam(name = "tanggal", required = false) String date,
      @RequestParam(name = "nama", required = false) String name,
      @RequestParam(name = "jenis", required = false) String kind,
      @RequestParam(name = "sumber", required = false) String source,
      @RequestParam(name = "berlaku", required = false) String appliesTo,
      @RequestParam(name = "unit", required = false) String unitParam,
      HttpServletRequest request,
      HttpServletResponse response, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(PstGroups.SUPERVISOR);
    ReportScope scope = scopes.of(user, unitParam);
    Unit unit = scopes.editableUnit(user, scope);
    LocalDate day = null;
    try {
      day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      return refused(response, model, session, user, scope, local(clock.instant(), unit).getYear(),
          "Tanggal tidak dapat dibaca; gunakan bentuk tahun-bulan-tanggal, misalnya 2027-03-10.");
    }
    int year = day == null ? local(clock.instant(), unit).getYear() : day.getYear();
    boolean national = appliesTo == null || appliesTo.isBlank() ? mayEditNational(user, unit)
        : "nasional".equals(appliesTo);
    if (national && !mayEditNational(user, unit)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return refused(response, model, session, user, scope, year, "Libur nasional dicatat untuk semua unit oleh "
          + units.defaultUnit().name() + " atau admin; catat hari libur khusus " + unit.name() + " di sini.");
    }
    HolidayKind k = null;
    try {
      k = kind == null || kind.isBlank() ? null : HolidayKind.valueOf(kind);
    } catch (IllegalArgumentException ignored) {
      // reported below as a missing kind
    }
    try {
      holidays.add(national ? null : unit.code(), day, name, k, source, user.userId());
    } catch (ComplaintValidationException invalid) {
      model.addAttribute("entered", Map.of("tanggal", nz(date), "nama", nz(name), "jenis", nz(kind), "sumber", nz(source)));
      return refused(response, model, session, user, scope, year, String.join(" ", invalid.problems()));
    }
    return "redirect:/laporan/hari-libur?tahun=" + year + unitQuery(scope);
  }

  @PostMapping("/laporan/hari-libur/{id}/hapus")
  String removeHoliday(@PathVariable long id, @RequestParam(name = "tahun", required = false) Integer year,
      @RequestParam(name = "milik", required = false) String owner,
      @RequestParam(name = "unit", required = false) String unitParam,
      HttpServletRequest request,
      HttpServletResponse response, Model model, HttpSession session) {
    CurrentUser user = access.requireAnyGroup(PstGroups.SUPERVISOR);
    ReportScope scope = scopes.of(user, unitParam);
    Unit unit = scopes.editableUnit(user, scope);
    int y = year == null ? local(clock.instant(), unit).getYear() : year;
    if ("unit".equals(owner)) {
      holidays.remove(unit.code(), id); // only this unit's own day: another unit's id removes nothing
    } else if (mayEditNational(user, unit)) {
      holidays.remove(id);
    } else {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return refused(response, model, session, user, scope, y, "Libur nasional hanya dapat dihapus oleh "
          + units.defaultUnit().name() + " atau admin.");
    }
    return "redirect:/laporan/hari-libur?tahun=" + y + unitQuery(scope);
  }

  /**
   * National holidays are every unit's: kept by the default unit's supervisor (as before units) and
   * Camunda administrators; other units' supervisors add their own days only.
   */
  private boolean mayEditNational(CurrentUser user, Unit unit) {
    return user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN)
        || !user.isMemberOfAny(PstGroups.PUSAT) && unit.equals(units.defaultUnit())
        && user.isMemberOfAny(PstGroups.SUPERVISOR);
  }

  private static String unitQuery(ReportScope scope) {
    return scope.choice() == null ? "" : "&unit=" + scope.choice();
  }

  private String refused(HttpServletResponse response, Model model, HttpSession session, CurrentUser user,
      ReportScope scope, int year, String problem) {
    if (response.getStatus() < 400) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    model.addAttribute("problems", List.of(problem));
    return holidayPage(year, user, scope, model, session);
  }

  private String holidayPage(int year, CurrentUser user, ReportScope scope, Model model, HttpSession session) {
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tahun harus antara 2000 dan 2100.");
    }
    Unit unit = scope.heading();
    // one unit: the national days and its own; several (national readers' "all"): the national days only
    List<Holiday> days = scope.single() != null ? holidays.year(unit.code(), year) : holidays.year(year);
    model.addAttribute("year", year);
    model.addAttribute("days", days);
    model.addAttribute("kinds", HolidayKind.values());
    model.addAttribute("noCutiBersama", days.stream().noneMatch(h -> h.kind() == HolidayKind.CUTI_BERSAMA));
    boolean canEdit = user.isMemberOfAny(PstGroups.SUPERVISOR, PstGroups.CAMUNDA_ADMIN) && !scope.readOnly()
        && scope.single() != null;
    model.addAttribute("canEdit", canEdit);
    model.addAttribute("canEditNational", canEdit && mayEditNational(user, unit));
    model.addAttribute("dates", new Dates());
    model.addAttribute("unit", unit);
    model.addAttribute("scope", scope);
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

  private static LocalDate local(Instant instant, Unit unit) {
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
