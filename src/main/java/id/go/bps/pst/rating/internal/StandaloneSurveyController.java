package id.go.bps.pst.rating.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.rating.FollowUpContact;
import id.go.bps.pst.rating.SkmElement;
import id.go.bps.pst.rating.SurveyProblem;
import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.rating.SurveySubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stand-alone satisfaction survey {@code /skm}: public, no account, reached by the QR code at
 * the counter, for visitors of any service of the unit. Stores responses without a request number
 * (source STANDALONE); a comment with "Saya ingin ditindaklanjuti" becomes a follow-up request
 * (a complaint). Submissions are rate-limited per client address (HTTP 429 with an Indonesian page).
 */
@Controller
class StandaloneSurveyController {

  private final SurveyService surveys;
  private final UnitDirectory units;
  private final StandaloneRateLimiter limiter;
  private final id.go.bps.pst.common.web.VisitorText text;

  StandaloneSurveyController(SurveyService surveys, UnitDirectory units, StandaloneRateLimiter limiter,
      id.go.bps.pst.common.web.VisitorText text) {
    this.text = text;
    this.surveys = surveys;
    this.units = units;
    this.limiter = limiter;
  }

  /** The unit whose survey this is: {@code ?unit=6501} (the QR code printed for that unit), else the default unit. */
  private Unit unit(String code) {
    return units.find(code == null ? null : code.strip()).orElseGet(units::defaultUnit);
  }

  @GetMapping("/skm")
  String form(@RequestParam(name = "layanan", required = false) String service,
      @RequestParam(name = "unit", required = false) String unitCode, Model model) {
    model.addAttribute("form", Map.of("service", service != null && surveys.services().containsKey(service)
        ? service : ""));
    return page(model, Map.of(), unit(unitCode));
  }

  /**
   * After a stored response (POST, redirect, GET): reloading the thanks page does not send the response again,
   * which once counted the same rating twice.
   */
  @GetMapping("/skm/terima-kasih")
  String thanks(@RequestParam(name = "unit", required = false) String unitCode, Model model) {
    model.addAttribute("unit", unit(unitCode));
    if (!model.containsAttribute("followUp")) {
      model.addAttribute("followUp", false);
    }
    return "rating/thanks";
  }

  @PostMapping("/skm")
  Object submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
      HttpServletResponse response, Model model,
      org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
    Unit unit = unit(form.getFirst("unit"));
    Duration wait = limiter.tryAcquire(id.go.bps.pst.common.web.ClientAddresses.key(request.getRemoteAddr()));
    if (wait != null) {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
      model.addAttribute("minutes", minutes);
      model.addAttribute("unit", unit);
      return "rating/too-many";
    }
    Map<String, String> values = form.toSingleValueMap();
    // every problem of the submission at once, each under its field (field name -> text in the page's language)
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    String service = values.getOrDefault("service", "");
    if (!surveys.services().containsKey(service)) {
      problems.put("service", text.text("survey.problem.service"));
    }
    int[] scores = new int[SkmElement.values().length];
    for (SkmElement e : SkmElement.values()) {
      String v = values.get(e.code());
      if (v == null || !v.matches("[1-4]")) {
        problems.put(e.code(), text.text("survey.problem.score", e.code(), text.label(e)));
      } else {
        scores[e.ordinal()] = Integer.parseInt(v);
      }
    }
    boolean followUp = "true".equals(values.get("followUp"));
    SurveySubmission submission = new SurveySubmission(null, unit.code(), service, SurveySource.STANDALONE, scores,
        values.get("comment"), null, followUp
            ? new FollowUpContact(values.get("name"), values.get("email"), values.get("phone")) : null);
    for (SurveyProblem p : surveys.problems(submission)) {
      problems.putIfAbsent(p.field(), text.textOr("survey.problem." + p.code(), p.message()));
    }
    if (problems.isEmpty()) {
      try {
        surveys.record(submission);
        redirect.addFlashAttribute("followUp", followUp);
        org.springframework.web.servlet.view.RedirectView thanks = new org.springframework.web.servlet.view.RedirectView(
            "/skm/terima-kasih?unit=" + unit.code(), true);
        thanks.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
        thanks.setExposeModelAttributes(false);
        return thanks;
      } catch (IllegalArgumentException e) {
        problems.put("", e.getMessage());
      }
    }
    org.slf4j.LoggerFactory.getLogger(StandaloneSurveyController.class)
        .warn("Refused input: POST /skm fields {}", problems.keySet()); // the fields, never what was typed
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("form", values);
    return page(model, problems, unit);
  }

  private String page(Model model, Map<String, String> problems, Unit unit) {
    model.addAttribute("unit", unit);
    model.addAttribute("elements", SkmElement.values());
    model.addAttribute("services", surveys.services());
    model.addAttribute("problems", problems);
    return "rating/survey";
  }
}
