package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.GuestBookException;
import id.go.bps.pst.visit.GuestBookValidator;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
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


  private final KioskService kiosk;
  private final QueueService queue;
  private final KioskSignIn signIn;

  static final String CODE_SENT = "Jika data Anda tercatat, kode masuk 6 angka sudah kami kirim ke alamat e-mail yang "
      + "tercatat (berlaku " + KioskSignIn.VALIDITY.toMinutes() + " menit). Masukkan kode itu di bawah. "
      + "Tidak menerima kode? Isi buku tamu di bawah atau minta bantuan petugas.";

  /** Session attribute: the unit of this kiosk device, set once by opening {@code /kiosk?unit=6501}. */
  static final String KIOSK_UNIT = KioskController.class.getName() + ".unit";

  private final UnitDirectory units;

  KioskController(KioskService kiosk, QueueService queue, UnitDirectory units, KioskSignIn signIn) {
    this.signIn = signIn;
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
  void common(Model model, HttpSession session, HttpServletRequest request) {
    model.addAttribute(id.go.bps.pst.common.web.OnceOnly.FIELD, id.go.bps.pst.common.web.OnceOnly.id(request));
    model.addAttribute("identityTypes", IdentityType.values());
    model.addAttribute("categories", UserCategory.values());
  }

  @GetMapping("/kiosk")
  String form(Model model, HttpSession session) {
    signIn.forget(session); // a fresh page is a new visitor at the kiosk
    model.addAttribute("form", new GuestBookForm());
    return "visit/kiosk";
  }

  /**
   * A returning visitor types their e-mail or identity number: whether or not it is on file, the answer is the
   * same (no name, nothing to tell a stranger); when it is, a one-time code goes to the e-mail on file.
   */
  @PostMapping("/kiosk/cari")
  String find(@RequestParam(name = "kunci", required = false) String key, @ModelAttribute("unit") Unit unit,
      HttpServletRequest request,
      HttpServletResponse response, HttpSession session, Model model) {
    model.addAttribute("form", new GuestBookForm());
    String k = key == null ? "" : key.strip();
    if (k.isEmpty() || k.length() > GuestBookValidator.MAX_EMAIL) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("lookupMessage", "Isi e-mail atau nomor identitas Anda (paling banyak "
          + GuestBookValidator.MAX_EMAIL + " karakter).");
      return "visit/kiosk";
    }
    signIn.start(k, unit, session);
    model.addAttribute("codeStep", true);
    model.addAttribute("lookupMessage", CODE_SENT);
    return "visit/kiosk";
  }

  /** The code from the e-mail: only now the visitor's name is shown and their stored data used. */
  @PostMapping("/kiosk/kode")
  String code(@RequestParam(name = "kode", required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response, HttpSession session, Model model) {
    model.addAttribute("form", new GuestBookForm());
    switch (signIn.verify(code, session)) {
      case VERIFIED -> signIn.verified(session).ifPresent(k -> {
        model.addAttribute("known", k);
        // the category of the last visit is chosen already; the visitor changes it when it no longer fits
        GuestBookForm prefilled = new GuestBookForm();
        prefilled.setUserCategory(k.userCategory());
        model.addAttribute("form", prefilled);
      });
      case WRONG -> {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("codeStep", true);
        model.addAttribute("lookupMessage", CODE_SENT);
        model.addAttribute("problems", List.of("Kode masuk salah. Periksa kembali 6 angka di e-mail Anda."));
      }
      default -> {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", List.of("Kode masuk sudah tidak berlaku (kedaluwarsa atau terlalu sering "
            + "salah). Silakan cari lagi untuk meminta kode baru, atau isi buku tamu di bawah."));
      }
    }
    return "visit/kiosk";
  }

  @PostMapping("/kiosk")
  String register(@ModelAttribute("form") GuestBookForm form, org.springframework.validation.BindingResult binding,
      HttpServletRequest request,
      HttpServletResponse response, HttpSession session, Model model) {
    Optional<String> sentBefore = id.go.bps.pst.common.web.OnceOnly.earlier(session, "kiosk", request);
    if (sentBefore.isPresent()) {
      return "redirect:" + sentBefore.get(); // the same guest book sent again: its ticket, not a second one
    }
    Optional<KnownVisitor> verified = signIn.verified(session);
    if (binding.hasErrors()) {
      // a value the form cannot send (e.g. consent=mungkin): the field stays empty and the rules below say why
      org.slf4j.LoggerFactory.getLogger(KioskController.class).warn("Refused input: POST /kiosk fields {}",
          binding.getFieldErrors().stream().map(e -> e.getField()).toList());
    }
    try {
      Ticket ticket = kiosk.register(form, verified, (Unit) model.getAttribute("unit")); // the kiosk's unit
      signIn.forget(session);
      id.go.bps.pst.common.web.OnceOnly.remember(session, "kiosk", request, "/kiosk/tiket/" + ticket.publicRef());
      return "redirect:/kiosk/tiket/" + ticket.publicRef();
    } catch (GuestBookException invalid) {
      // one line, no values (they are personal data), no stack trace
      org.slf4j.LoggerFactory.getLogger(KioskController.class).warn("Refused input: POST /kiosk, {} problem(s)",
          invalid.problems().size());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("problems", invalid.problems());
      verified.ifPresent(k -> model.addAttribute("known", k));
      return "visit/kiosk";
    }
  }

  @GetMapping("/kiosk/tiket/{ref}")
  String ticket(@PathVariable String ref, HttpServletResponse response, Model model) {
    Optional<Ticket> ticket = ref.length() > 36 ? Optional.empty() : queue.byPublicRef(ref);
    if (ticket.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("form", new GuestBookForm());
      model.addAttribute("problems", List.of("Tiket tidak ditemukan."));
      return "visit/kiosk";
    }
    Ticket t = ticket.get();
    model.addAttribute("ticket", t);
    Unit unit = units.find(t.unitCode()).orElseGet(units::defaultUnit); // the ticket's own unit
    model.addAttribute("unit", unit);
    model.addAttribute("issuedAt", id.go.bps.pst.common.IndonesianFormat.dayWithWeekday(t.arrivedAt().atZone(unit.zoneId()).toLocalDate()) + ", "
        + id.go.bps.pst.common.IndonesianFormat.hourMinute(t.arrivedAt(), unit.zoneId()) + " " + unit.zoneLabel());
    model.addAttribute("ahead", queue.waitingAhead(t));
    return "visit/ticket";
  }

}
