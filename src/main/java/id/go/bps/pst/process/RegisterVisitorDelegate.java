package id.go.bps.pst.process;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.order.SaleRequest;
import id.go.bps.pst.order.Visitor;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.GuestBookEntry;
import id.go.bps.pst.visit.GuestBookValidator;
import id.go.bps.pst.visit.IdentityValidator;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Steps 2-3: validates the guest book, registers the request (its number becomes the business key)
 * and issues the queue ticket. The identity number goes to the order table only: the variable the
 * start form wrote is removed and kept out of history (see {@link PersonalDataHistoryFilter}).
 */
@Component("registerVisitorDelegate")
class RegisterVisitorDelegate implements JavaDelegate {

  static final String IDENTITY_NUMBER = "identityNumber";
  /** Start form fields that are personal data: moved to the order table, removed from the process. */
  static final java.util.List<String> PERSONAL_START_FIELDS = java.util.List.of(IDENTITY_NUMBER, "identityType",
      "visitorEmail", "visitorPhone", "consent");
  private static final Set<String> CATEGORIES =
      Arrays.stream(UserCategory.values()).map(Enum::name).collect(Collectors.toSet());

  private final OrderService orders;
  private final QueueService queue;
  private final UnitDirectory units;
  private final Clock clock;

  RegisterVisitorDelegate(OrderService orders, QueueService queue, UnitDirectory units, Clock clock) {
    this.orders = orders;
    this.queue = queue;
    this.units = units;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Unit unit = units.ofTenant(execution.getTenantId()); // the unit the instance was started in
    GuestBookEntry entry = new GuestBookEntry(
        Vars.str(execution, "visitorName"),
        identityType(Vars.str(execution, "identityType")),
        IdentityValidator.normalize(Vars.str(execution, IDENTITY_NUMBER)),
        Vars.str(execution, "visitorEmail"),
        Vars.str(execution, "visitorPhone"),
        Vars.str(execution, "institution"),
        Vars.str(execution, "userCategory"),
        Vars.str(execution, "purpose"),
        Vars.bool(execution, "consent"));
    List<String> problems = GuestBookValidator.validate(entry, CATEGORIES, LocalDate.now(clock.withZone(unit.zoneId())));
    if (!problems.isEmpty()) {
      throw new FormValidationException("Buku tamu belum benar: " + String.join(" ", problems));
    }
    String actor = Vars.str(execution, "registeredBy");
    Ticket issued = queue.issueTicket(unit.code(), unit.zoneId(), QueueService.SALES);
    String ticket = issued.ticketNumber();
    Visitor visitor = new Visitor(entry.name(), entry.email(), entry.phone(), entry.identityType(),
        entry.identityNumber(), entry.institution(), entry.userCategory());
    SaleRequest request = orders.register(unit.code(), unit.zoneId(), visitor, ticket, actor,
        execution.getProcessInstanceId());
    queue.attachRequest(unit.code(), unit.zoneId(), ticket, request.requestNumber());

    execution.setProcessBusinessKey(request.requestNumber());
    // Personal data stays in the order table (access by role); only what tasks are told apart by and
    // the decision inputs remain as variables (see PersonalDataHistoryFilter for their history).
    PERSONAL_START_FIELDS.forEach(execution::removeVariable);
    execution.setVariable(ProcessKeys.REQUEST_NUMBER, request.requestNumber());
    execution.setVariable("unitCode", unit.code());
    execution.setVariable("visitorName", entry.name());
    execution.setVariable("ticketNumber", ticket);
  }

  private static IdentityType identityType(String value) {
    if (value == null) {
      return null;
    }
    try {
      return IdentityType.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
