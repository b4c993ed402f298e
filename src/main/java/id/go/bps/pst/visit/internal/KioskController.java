package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.GuestBookException;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public kiosk: guest book, returning visitors, and the printable queue ticket. No login. */
@Controller
class KioskController {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

  private final KioskService kiosk;
  private final QueueService queue;
  /** Session attribute: the unit of this kiosk device, set once by opening {@code /kiosk?unit=6501}. */
  static final String KIOSK_UNIT = KioskController.class.getName() + ".unit";

  private final UnitDirectory units;

  KioskController(KioskService kiosk, QueueService queue, UnitDirectory units) {
    this.kiosk = kiosk;
    this.queue = queue;
    this.units = units;
  }

  /**
   * The kiosk's unit: the device opens {@code /kiosk?unit=6501} once and its session keeps it (the
   * posted forms carry no unit); the default unit when never set.
   */
  @ModelAttribute("unit")
  Unit unit(@RequestParam(name = "unit", required = false) String unitCode, HttpServletRequest request,
      HttpSession session) {
    if (unitCode != null && !unitCode.isBlank() && "GET".equals(request.getMethod())) {
      Unit chosen = units.find(unitCode.strip()).orElseThrow(() -> new org.springframework.web.server
          .ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
              "Unit dengan kode " + unitCode.strip() + " tidak terdaftar."));
      session.setAttribute(KIOSK_UNIT, chosen.code());
      return chosen;
    }
    Object code = session.getAttribute(KIOSK_UNIT);
    return code == null ? units.defaultUnit() : units.find(code.toString()).orElseGet(units::defaultUnit);
  }

  @ModelAttribute
  void common(Model model, HttpSession session) {
    model.addAttribute("identityTypes", IdentityType.values());
    model.addAttribute("categories", UserCategory.values());
    model.addAttribute("token", SameOrigin.token(session));
  }

  @GetMapping("/kiosk")
  String form(Model model) {
    model.addAttribute("form", new GuestBookForm());
    return "visit/kiosk";
  }

  /** Finds a returning visitor by exact e-mail or identity number; shows only name and masked number. */
  @PostMapping("/kiosk/cari")
  String find(@RequestParam(name = "kunci", required = false) String key,
      @RequestParam(name = "token", required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (!SameOrigin.accepted(request, token)) {
      return expired(response, model);
    }
    GuestBookForm form = new GuestBookForm();
    Optional<KnownVisitor> found = kiosk.findVisitor(key);
    if (found.isPresent()) {
      form.setVisitorRef(found.get().ref());
      model.addAttribute("known", found.get());
    } else {
      model.addAttribute("lookupMessage",
          "Data tidak ditemukan. Silakan isi buku tamu di bawah. / Not found: please fill in the guest book.");
    }
    model.addAttribute("form", form);
    return "visit/kiosk";
  }

  @PostMapping("/kiosk")
  String register(@ModelAttribute("form") GuestBookForm form,
      @RequestParam(name = "token", required = false) String token, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (!SameOrigin.accepted(request, token)) {
      return expired(response, model);
    }
    try {
      Ticket ticket = kiosk.register(form, (Unit) model.getAttribute("unit")); // the kiosk's unit
      return "redirect:/kiosk/tiket/" + ticket.publicRef();
    } catch (GuestBookException invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", invalid.problems());
      kiosk.visitor(form.getVisitorRef()).ifPresent(k -> model.addAttribute("known", k));
      return "visit/kiosk";
    }
  }

  @GetMapping("/kiosk/tiket/{ref}")
  String ticket(@PathVariable String ref, HttpServletResponse response, Model model) {
    Optional<Ticket> ticket = ref.length() > 36 ? Optional.empty() : queue.byPublicRef(ref);
    if (ticket.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("form", new GuestBookForm());
      model.addAttribute("problems", List.of("Tiket tidak ditemukan. / Ticket not found."));
      return "visit/kiosk";
    }
    Ticket t = ticket.get();
    model.addAttribute("ticket", t);
    Unit unit = units.find(t.unitCode()).orElseGet(units::defaultUnit); // the ticket's own unit
    model.addAttribute("unit", unit);
    model.addAttribute("issuedAt", WHEN.format(t.arrivedAt().atZone(unit.zoneId())) + " " + unit.zoneLabel());
    model.addAttribute("ahead", queue.waitingAhead(t));
    return "visit/ticket";
  }

  private static String expired(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("form", new GuestBookForm());
    model.addAttribute("problems", List.of("Halaman kios kedaluwarsa atau dikirim dari situs lain. Silakan ulangi. "
        + "/ The kiosk page expired or came from another site: please try again."));
    return "visit/kiosk";
  }
}
