package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import id.go.bps.pst.identity.StaffUnits;
import id.go.bps.pst.visit.CounterScreenPairing;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's counter page (login required: under /laporan, behind the identity filter, which
 * also refuses cross-site posts): waiting tickets in order, call next, recall, no-show, finish, and the
 * pairing link (and QR code) of the visitor screen of this counter.
 */
@Controller
class CounterController {

  /** Where a paired visitor screen lives (served by the portal module, public: the pairing is the key). */
  static final String SCREEN_PATH = "/loket/layar/";

  private final QueueService queue;
  private final AccessControl access;
  private final StaffUnits units;
  private final Clock clock;
  private final CounterScreenPairing screens;
  private final CounterScreenRevocations revocations;
  private final String publicBaseUrl;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CounterController.class);

  CounterController(QueueService queue, AccessControl access, StaffUnits units, Clock clock,
      CounterScreenPairing screens, CounterScreenRevocations revocations,
      @Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.revocations = revocations;
    this.queue = queue;
    this.access = access;
    this.units = units;
    this.clock = clock;
    this.screens = screens;
    this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
        : publicBaseUrl;
  }

  @GetMapping("/loket")
  String shortcut() {
    return "redirect:/laporan/loket";
  }

  @GetMapping("/laporan/loket")
  String page(@RequestParam(name = "loket", required = false) String counter, Model model) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    Unit unit = units.workingUnit(officer); // the officer's own unit's queue
    String current = counter(counter);
    LocalDate today = LocalDate.now(clock.withZone(unit.zoneId()));
    model.addAttribute("officer", officer.userId());
    model.addAttribute("counter", current);
    model.addAttribute("counters", queue.counters());
    model.addAttribute("standardText", id.go.bps.pst.common.IndonesianFormat.durationWords(queue.serviceStandard()));
    model.addAttribute("waiting", queue.waiting(unit.code(), today, QueueService.SALES));
    model.addAttribute("atCounters", queue.atCounters(unit.code(), today));
    model.addAttribute("mine", queue.atCounters(unit.code(), today).stream()
        .filter(t -> current.equals(t.counterName())).reduce((a, b) -> b).orElse(null));
    model.addAttribute("unit", unit);
    // the visitor screen of this counter: a tablet scans the QR code, a second monitor opens the link
    String screenUrl = publicBaseUrl + SCREEN_PATH + screens.issue(unit.code(), current);
    model.addAttribute("screenUrl", screenUrl);
    model.addAttribute("screenQr", id.go.bps.pst.common.web.QrSvg.of(screenUrl, "Kode QR layar pengguna layanan " + current));
    return "visit/counter";
  }

  @PostMapping("/laporan/loket/panggil")
  String callNext(@RequestParam("loket") String counter, RedirectAttributes redirect) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    knownCounter(counter);
    Unit unit = units.workingUnit(officer); // the officer's own unit's queue
    Optional<Ticket> called = queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, counter(counter),
        officer.userId());
    redirect.addFlashAttribute("message", called.map(t -> "Nomor " + t.ticketNumber() + " dipanggil ke " + t.counterName() + ".")
        .orElse("Tidak ada antrian yang menunggu."));
    return back(counter);
  }

  @PostMapping("/laporan/loket/ulang")
  String recall(@RequestParam("loket") String counter, RedirectAttributes redirect) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    knownCounter(counter);
    Unit unit = units.workingUnit(officer); // the officer's own unit's queue
    Optional<Ticket> t = queue.recall(unit.code(), unit.zoneId(), counter(counter), officer.userId());
    redirect.addFlashAttribute("message", t.map(x -> "Nomor " + x.ticketNumber() + " dipanggil ulang.")
        .orElse("Tidak ada pengguna layanan di loket ini."));
    return back(counter);
  }

  @PostMapping("/laporan/loket/tidak-hadir")
  String noShow(@RequestParam("loket") String counter, RedirectAttributes redirect) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    knownCounter(counter);
    Unit unit = units.workingUnit(officer); // the officer's own unit's queue
    Optional<Ticket> t = queue.noShow(unit.code(), unit.zoneId(), counter(counter), officer.userId());
    redirect.addFlashAttribute("message", t.map(x -> "Nomor " + x.ticketNumber()
            + " dicatat tidak hadir; permintaan " + x.requestNumber() + " dibatalkan.")
        .orElse("Tidak ada pengguna layanan di loket ini."));
    return back(counter);
  }

  @PostMapping("/laporan/loket/selesai")
  String finish(@RequestParam("loket") String counter, RedirectAttributes redirect) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    knownCounter(counter);
    Unit unit = units.workingUnit(officer); // the officer's own unit's queue
    Optional<Ticket> t = queue.finishSession(unit.code(), unit.zoneId(), counter(counter), officer.userId());
    redirect.addFlashAttribute("message", t.map(x -> "Layanan nomor " + x.ticketNumber() + " di loket selesai.")
        .orElse("Tidak ada pengguna layanan di loket ini."));
    return back(counter);
  }

  /**
   * The counter's visitor screens paired before now stop showing anything (a lost tablet, a pairing link that left the
   * office); the page then offers a new pairing to scan. Recorded with the officer.
   */
  @PostMapping("/laporan/loket/cabut-layar")
  String revokeScreens(@RequestParam("loket") String counter, RedirectAttributes redirect) {
    CurrentUser officer = access.requireAnyGroup(PstGroups.PETUGAS);
    knownCounter(counter);
    Unit unit = units.workingUnit(officer); // the officer's own unit's counter
    revocations.revoke(unit.code(), counter, officer.userId());
    LOG.info("Visitor screens of {} {} unpaired by {}", unit.code(), counter, officer.userId());
    redirect.addFlashAttribute("message", "Layar lama " + counter + " dicabut: layar itu tidak menampilkan apa pun "
        + "lagi. Pasang ulang tablet dengan kode QR di bawah.");
    return back(counter);
  }

  /** A counter posted by the page must exist: an unknown one is refused, never replaced by another counter. */
  private String knownCounter(String requested) {
    if (requested == null || !queue.counters().contains(requested)) {
      throw new UnknownCounterException("Loket " + (requested == null || requested.isBlank() ? "(kosong)"
          : "«" + (requested.length() > 40 ? requested.substring(0, 40) + "…" : requested) + "»")
          + " tidak ada. Pilih salah satu: " + String.join(", ", queue.counters()) + ".");
    }
    return requested;
  }

  /** An unknown counter in a post of the counter page: 400, the page shows the message. */
  static final class UnknownCounterException extends RuntimeException {
    UnknownCounterException(String message) {
      super(message);
    }
  }

  @org.springframework.web.bind.annotation.ExceptionHandler(UnknownCounterException.class)
  String unknownCounter(UnknownCounterException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
    org.slf4j.LoggerFactory.getLogger(CounterController.class).warn("Refused input: counter page, field [loket]");
    response.setStatus(400);
    model.addAttribute("message", e.getMessage());
    page(null, model);
    return "visit/counter";
  }

  private String counter(String requested) {
    return requested != null && queue.counters().contains(requested) ? requested : queue.counters().get(0);
  }

  private String back(String counter) {
    return "redirect:" + UriComponentsBuilder.fromPath("/laporan/loket").queryParam("loket", counter(counter))
        .encode().build().toUriString();
  }
}
