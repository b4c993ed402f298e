package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.complaint.Complaint;
import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintIntake;
import id.go.bps.pst.complaint.ComplaintProperties;
import id.go.bps.pst.complaint.ComplaintService;
import id.go.bps.pst.complaint.ComplaintStatus;
import id.go.bps.pst.complaint.ComplaintSubmission;
import id.go.bps.pst.complaint.ComplaintTimes;
import id.go.bps.pst.complaint.ComplaintValidationException;
import id.go.bps.pst.common.web.OnceOnly;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public complaint pages (no account): the web form that gives a tracking code, and the tracking
 * page where the complainant follows the complaint, reads the answer and confirms or reopens it.
 * The tracking page shows no personal data.
 */
@Controller
class PublicComplaintController {

  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final ComplaintProperties properties;
  private final id.go.bps.pst.common.UnitDirectory units;
  private final java.time.Clock clock;
  private final id.go.bps.pst.common.web.VisitorText text;

  PublicComplaintController(ComplaintIntake intake, ComplaintService complaints, ComplaintProperties properties,
      id.go.bps.pst.common.UnitDirectory units, java.time.Clock clock, id.go.bps.pst.common.web.VisitorText text) {
    this.text = text;
    this.clock = clock;
    this.intake = intake;
    this.complaints = complaints;
    this.properties = properties;
    this.units = units;
  }

  /**
   * The unit the public form is for: {@code /pengaduan?unit=6501} (the unit's own link or QR code; the
   * form posts it back), else the default unit.
   */
  @ModelAttribute("unit")
  id.go.bps.pst.common.Unit unit(@RequestParam(name = "unit", required = false) String unitCode) {
    return units.find(unitCode == null ? null : unitCode.strip()).orElseGet(units::defaultUnit);
  }

  @ModelAttribute
  void common(@ModelAttribute("unit") id.go.bps.pst.common.Unit unit, Model model, HttpSession session) {
    model.addAttribute("channels", complaints.channels(unit.code()));
    model.addAttribute("categories", ComplaintCategory.values());
    model.addAttribute("maxDescription", ComplaintValidator.MAX_DESCRIPTION);
  }

  @GetMapping("/pengaduan")
  String form(Model model, HttpServletRequest request) {
    model.addAttribute("form", new PublicComplaintForm());
    model.addAttribute(OnceOnly.FIELD, OnceOnly.id(request));
    return "complaint/public-form";
  }

  @PostMapping("/pengaduan")
  String submit(@ModelAttribute("form") PublicComplaintForm form, @ModelAttribute("unit") id.go.bps.pst.common.Unit unit,
      HttpServletRequest request,
      HttpServletResponse response, Model model) {
    jakarta.servlet.http.HttpSession session = request.getSession();
    java.util.Optional<String> sentBefore = OnceOnly.earlier(session, "complaint", request);
    if (sentBefore.isPresent()) {
      return "redirect:" + sentBefore.get(); // the same complaint sent again: its tracking code, not a second one
    }
    model.addAttribute(OnceOnly.FIELD, OnceOnly.id(request));
    List<String> problems = new ArrayList<>();
    ComplaintCategory category = category(form.getCategory());
    String code = null;
    try {
      ComplaintSubmission submission = new ComplaintSubmission(unit.code(), ComplaintChannel.WEB, category,
          form.getName(), form.getEmail(), form.getPhone(), form.getDescription(), form.getRequestNumber());
      if (!form.isConsent()) {
        // check everything else too, so that all problems are shown at once; store nothing
        problems.addAll(ComplaintValidator.validate(ComplaintValidator.normalize(submission), null));
        problems.add(text.text("complaint.problem.consent"));
      } else {
        code = intake.submit(submission);
      }
    } catch (ComplaintValidationException invalid) {
      problems.addAll(invalid.problems());
    }
    if (code == null) {
      org.slf4j.LoggerFactory.getLogger(PublicComplaintController.class)
          .warn("Refused input: POST /pengaduan, {} problem(s)", problems.size());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", problems);
      return "complaint/public-form";
    }
    OnceOnly.remember(session, "complaint", request, "/pengaduan/lacak?kode=" + code + "&baru=1");
    return "redirect:/pengaduan/lacak?kode=" + code + "&baru=1";
  }

  @GetMapping("/pengaduan/lacak")
  String track(@RequestParam(name = "kode", required = false) String typed,
      @RequestParam(name = "baru", required = false) String fresh,
      @RequestParam(name = "pesan", required = false) String message, HttpServletResponse response, Model model) {
    model.addAttribute("switchTarget", "/pengaduan/lacak" + (typed == null || typed.isBlank() ? ""
        : "?kode=" + java.net.URLEncoder.encode(typed.length() > 40 ? typed.substring(0, 40) : typed,
            java.nio.charset.StandardCharsets.UTF_8)));
    if (typed == null || typed.isBlank()) {
      return "complaint/tracking";
    }
    Optional<Complaint> found = TrackingCodes.normalize(typed).flatMap(complaints::find);
    model.addAttribute("typed", typed.length() > 40 ? typed.substring(0, 40) : typed);
    if (found.isEmpty()) {
      response.setStatus(TrackingCodes.normalize(typed).isEmpty() ? HttpServletResponse.SC_BAD_REQUEST
          : HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("problems", List.of(text.text(TrackingCodes.normalize(typed).isEmpty()
          ? "complaint.problem.codeUnrecognised" : "complaint.problem.codeNotFound")));
      return "complaint/tracking";
    }
    show(found.get(), model);
    if (fresh != null) {
      model.addAttribute("notice", text.text("complaint.notice.received")
          + (found.get().complainantEmail() == null ? "" : " " + text.text("complaint.notice.codeMailed")));
    } else if ("puas".equals(message)) {
      model.addAttribute("notice", text.text("complaint.notice.closed"));
    } else if ("dibuka".equals(message)) {
      model.addAttribute("notice", text.text("complaint.notice.reopened"));
    }
    return "complaint/tracking";
  }

  @PostMapping("/pengaduan/lacak/tanggapan")
  String respond(@RequestParam(name = "kode", required = false) String typed,
      @RequestParam(name = "keputusan", required = false) String decision,
      @RequestParam(name = "alasan", required = false) String reason,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Complaint> found = TrackingCodes.normalize(typed).flatMap(complaints::find);
    if (found.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("problems", List.of(text.text("complaint.problem.codeNotFoundShort")));
      return "complaint/tracking";
    }
    String code = found.get().trackingCode();
    String problem;
    int status = HttpServletResponse.SC_BAD_REQUEST;
    if (!"PUAS".equals(decision) && !"BUKA_KEMBALI".equals(decision)) {
      problem = text.text("complaint.problem.chooseDecision");
    } else {
      try {
        if ("PUAS".equals(decision)) {
          intake.confirm(code);
          return "redirect:/pengaduan/lacak?kode=" + code + "&pesan=puas";
        }
        intake.reopen(code, reason);
        return "redirect:/pengaduan/lacak?kode=" + code + "&pesan=dibuka";
      } catch (ComplaintValidationException invalid) {
        problem = String.join(" ", invalid.problems());
      } catch (OptimisticLockingException concurrent) {
        problem = text.text("complaint.problem.concurrent");
        status = HttpServletResponse.SC_CONFLICT;
      }
    }
    response.setStatus(status);
    model.addAttribute("problems", List.of(problem));
    model.addAttribute("reason", reason);
    show(complaints.get(code), model);
    return "complaint/tracking";
  }

  private void show(Complaint c, Model model) {
    model.addAttribute("complaint", c);
    model.addAttribute("unit", units.find(c.unitCode()).orElseGet(units::defaultUnit));
    model.addAttribute("channels", complaints.channels(c.unitCode()));
    model.addAttribute("events", complaints.publicHistory(c.trackingCode()));
    model.addAttribute("time", new Times(complaints.zone(c.unitCode()), complaints::zone, text.locale()));
    model.addAttribute("switchTarget", "/pengaduan/lacak?kode=" + c.trackingCode());
    model.addAttribute("awaiting", c.status() == ComplaintStatus.ANSWERED);
    model.addAttribute("overdue", c.overdue(clock.instant()));
  }

  private static ComplaintCategory category(String value) {
    try {
      return value == null || value.isBlank() ? null : ComplaintCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Formats instants for the pages: {@code 1 Desember 2026 12.46 WITA}. */
  record Times(java.time.ZoneId zone, java.util.function.Function<String, java.time.ZoneId> zones,
      java.util.Locale locale) {

    /** Indonesian, for the staff pages. */
    Times(java.time.ZoneId zone, java.util.function.Function<String, java.time.ZoneId> zones) {
      this(zone, zones, null);
    }

    /** In the page's language ({@code locale}; Indonesian for staff): {@code 2 December 2026 10:42 WITA} in English. */
    public String of(Instant instant) {
      return locale == null ? ComplaintTimes.format(instant, zone)
          : id.go.bps.pst.common.IndonesianFormat.dateTime(instant, zone, locale);
    }

    /** In the zone of the given unit (a list of several units' complaints). */
    public String of(Instant instant, String unitCode) {
      return ComplaintTimes.format(instant, zones.apply(unitCode));
    }
  }
}
