package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.GuestBookEntry;
import id.go.bps.pst.visit.GuestBookException;
import id.go.bps.pst.visit.GuestBookValidator;
import id.go.bps.pst.visit.IdentityValidator;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.SaleProcess;
import id.go.bps.pst.visit.Ticket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosk's guest book: checks the entry, starts the sale process exactly as the Tasklist start
 * form does (same variables, no logged-in user), remembers the visitor for next time, and returns
 * the ticket. Nothing is created when the entry is not valid.
 */
@Service
class KioskService {

  static final Set<String> CATEGORIES =
      Arrays.stream(UserCategory.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  static final String NUMBER_HELD_BY_ANOTHER = "Nomor identitas ini sudah tercatat di buku tamu dengan nama atau "
      + "e-mail yang lain, sehingga tidak dapat dipakai dari kios. Jika ini nomor Anda, pakai \"Pernah berkunjung?\" "
      + "di atas (kode masuk dikirim ke e-mail yang tercatat); jika e-mail Anda sudah berganti, silakan minta bantuan "
      + "petugas di loket.";

  private final SaleProcess process;
  private final QueueService queue;
  private final VisitorDirectory visitors;
  private final Clock clock;

  KioskService(SaleProcess process, QueueService queue, VisitorDirectory visitors, Clock clock) {
    this.process = process;
    this.queue = queue;
    this.visitors = visitors;
    this.clock = clock;
  }

  /**
   * Registers the guest book entry and takes a ticket; throws {@link GuestBookException} when invalid. A visitor
   * who proved who they are at this kiosk ({@link KioskSignIn}) registers with their stored data; anyone else
   * types everything, and an identity number on file under another name or e-mail is refused (the stored
   * person's data is never overwritten from the kiosk). The entry and ticket belong to the kiosk's unit.
   */
  @Transactional
  Ticket register(GuestBookForm form, Optional<KnownVisitor> verified, Unit unit) {
    GuestBookEntry entry = entry(form, verified);
    List<String> problems = GuestBookValidator.validate(entry, CATEGORIES, LocalDate.now(clock.withZone(unit.zoneId())));
    if (!problems.isEmpty()) {
      throw new GuestBookException(problems);
    }
    if (verified.isEmpty() && visitors.heldByAnother(entry)) {
      throw new GuestBookException(List.of(NUMBER_HELD_BY_ANOTHER));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("visitorName", entry.name().strip());
    variables.put("identityType", entry.identityType().name());
    variables.put("identityNumber", IdentityValidator.normalize(entry.identityNumber()));
    variables.put("visitorEmail", entry.email().strip());
    variables.put("visitorPhone", strip(entry.phone()));
    variables.put("institution", strip(entry.institution()));
    variables.put("userCategory", entry.userCategory());
    variables.put("purpose", strip(entry.visitPurpose()));
    variables.put("consent", entry.consent());
    variables.put("registeredBy", "kiosk");
    String requestNumber;
    try {
      requestNumber = id.go.bps.pst.common.UnitScope.call(unit.code(), () -> process.start(variables)); // kiosk's unit
    } catch (FormFieldValidationException refused) {
      throw new GuestBookException(List.of(refused.getMessage()));
    }
    visitors.remember(entry, clock.instant());
    return queue.byRequest(requestNumber).orElseThrow();
  }

  private static GuestBookEntry entry(GuestBookForm f, Optional<KnownVisitor> known) {
    if (known.isPresent()) {
      KnownVisitor k = known.get();
      return new GuestBookEntry(k.name(), k.identityType(), k.identityNumber(), k.email(), k.phone(), k.institution(),
          f.getUserCategory(), f.getVisitPurpose(), f.isConsent());
    }
    return new GuestBookEntry(f.getName(), identityType(f.getIdentityType()), f.getIdentityNumber(), f.getEmail(),
        f.getPhone(), f.getInstitution(), f.getUserCategory(), f.getVisitPurpose(), f.isConsent());
  }

  private static IdentityType identityType(String value) {
    try {
      return value == null ? null : IdentityType.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
