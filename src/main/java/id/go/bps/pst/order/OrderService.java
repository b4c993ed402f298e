package id.go.bps.pst.order;

import id.go.bps.pst.order.internal.RequestEventEntity;
import id.go.bps.pst.order.internal.RequestEventRepository;
import id.go.bps.pst.order.internal.RequiredDocumentEntity;
import id.go.bps.pst.order.internal.RequiredDocumentRepository;
import id.go.bps.pst.order.internal.SaleRequestEntity;
import id.go.bps.pst.order.internal.SaleRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's public face: sale requests, their lines, status and audit trail. Reads return immutable
 * records ({@link SaleRequest}, {@link OrderLine}, {@link RequestEvent}); every change goes through a method
 * of this service, and a record read before the change does not show it.
 */
@Service
@Transactional
public class OrderService {

  private final SaleRequestRepository requests;
  private final RequestEventRepository events;
  private final RequestNumberGenerator numbers;
  private final RequiredDocumentRepository requiredDocuments;
  private final AuditWriter auditWriter;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;

  OrderService(SaleRequestRepository requests, RequestEventRepository events, RequestNumberGenerator numbers,
      RequiredDocumentRepository requiredDocuments, AuditWriter auditWriter, Clock clock,
      ApplicationEventPublisher publisher) {
    this.auditWriter = auditWriter;
    this.requiredDocuments = requiredDocuments;
    this.requests = requests;
    this.events = events;
    this.numbers = numbers;
    this.clock = clock;
    this.publisher = publisher;
  }

  /**
   * Registers a new request for a visitor and gives it the next request number of the unit's year; the
   * sale's process instance ({@code processInstanceId}, null when none) is part of the row's first write
   * (issue 13: no update after the insert).
   */
  public SaleRequest register(String unitCode, ZoneId unitZone, Visitor visitor, String ticketNumber, String actor,
      String processInstanceId) {
    Instant now = clock.instant();
    int year = now.atZone(unitZone).getYear();
    SaleRequestEntity request = new SaleRequestEntity(numbers.next(unitCode, year), unitCode, visitor, ticketNumber,
        now);
    request.linkProcessInstance(processInstanceId);
    requests.save(request);
    remember(request);
    publisher.publishEvent(new RequestRegistered(request.getRequestNumber(), ticketNumber, actorOrSystem(actor), now));
    return request.toRecord();
  }

  @Transactional(readOnly = true)
  public Optional<SaleRequest> find(String requestNumber) {
    return Optional.ofNullable(loaded(requestNumber)).map(SaleRequestEntity::toRecord);
  }

  @Transactional(readOnly = true)
  public SaleRequest get(String requestNumber) {
    return entity(requestNumber).toRecord();
  }

  /** The stored request, to change it (the same managed instance for the whole transaction). */
  private SaleRequestEntity entity(String requestNumber) {
    SaleRequestEntity request = loaded(requestNumber);
    if (request == null) {
      throw new RequestNotFoundException(requestNumber);
    }
    return request;
  }

  /**
   * The request, loaded once per transaction: a step's delegates, listeners and gateways each ask for it,
   * and the entity they share is the same managed instance (issue 13: one query instead of one per ask).
   */
  private SaleRequestEntity loaded(String requestNumber) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return requests.findByRequestNumber(requestNumber).orElse(null);
    }
    Map<String, SaleRequestEntity> cache = requestsOfThisTransaction();
    SaleRequestEntity request = cache.get(requestNumber);
    if (request == null) {
      request = requests.findByRequestNumber(requestNumber).orElse(null);
      if (request != null) {
        cache.put(requestNumber, request);
      }
    }
    return request;
  }

  /** A request registered in this transaction is the managed instance its later steps use (no query). */
  private void remember(SaleRequestEntity request) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      requestsOfThisTransaction().put(request.getRequestNumber(), request);
    }
  }

  private Map<String, SaleRequestEntity> requestsOfThisTransaction() {
    @SuppressWarnings("unchecked")
    Map<String, SaleRequestEntity> cache = (Map<String, SaleRequestEntity>) TransactionSynchronizationManager.getResource(CACHE);
    if (cache == null) {
      Map<String, SaleRequestEntity> fresh = new HashMap<>();
      cache = fresh;
      TransactionSynchronizationManager.bindResource(CACHE, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
        }
      });
    }
    return cache;
  }

  private static final Object CACHE = new Object() {
    @Override
    public String toString() {
      return "OrderService.requestsOfThisTransaction";
    }
  };

  /** Replaces the cart with priced lines and records the pricing (schedule, total, Rp0). */
  public void price(String requestNumber, OrderPricing pricing, String actor) {
    SaleRequestEntity request = entity(requestNumber);
    if (request.pricedAs(pricing)) {
      // priced again without a change (the invoice prices the cart anew after the request was priced): the
      // order, its lines and the audit trail already say it
      return;
    }
    if (request.clearLines()) {
      requests.flush(); // delete old lines before inserting new ones with the same line numbers
    }
    request.addLines(pricing.lines());
    request.setOrderTerms(pricing.purpose(), pricing.commercial());
    request.setPricing(pricing.scheduleCode(), pricing.legalBasis(), pricing.total(), pricing.zeroTariff(),
        clock.instant());
    log(requestNumber, actor, "PRICED",
        fitted("Total " + id.go.bps.pst.common.Rupiah.format(pricing.total()) + (pricing.zeroTariff() ? " (tarif Rp0)" : "")
            + " menurut " + pricing.legalBasis() + ". Rincian: " + lineSummary(pricing.lines())));
  }

  /** The priced cart in words, for the audit trail: what was bought in which quantity, so a change shows. */
  private static String lineSummary(List<OrderLine> lines) {
    return lines.stream().map(l -> l.quantity() + " × " + l.description()
        + (l.amount() == null ? "" : " (" + id.go.bps.pst.common.Rupiah.format(l.amount()) + ")"))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** An audit detail cut to its column (2000 characters). */
  private static String fitted(String detail) {
    return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
  }

  /** Records the zero-tariff eligibility the DMN decided (the officer still approves it at the document check). */
  public void recordZeroTariffEligibility(String requestNumber, boolean mayApply, String basis) {
    entity(requestNumber).setZeroTariffEligibility(mayApply, basis, clock.instant());
  }

  /** Records whether the visitor asked for the zero tariff when the terms were explained. */
  public void recordZeroTariffRequested(String requestNumber, boolean requested, String actor) {
    SaleRequestEntity request = entity(requestNumber);
    if (request.isZeroTariffRequested() != requested) {
      request.setZeroTariffRequested(requested, clock.instant());
      log(requestNumber, actor, "ZERO_TARIFF_REQUESTED", requested ? "Pengguna layanan mengajukan tarif Rp0"
          : "Pengajuan tarif Rp0 ditarik");
    }
  }

  /**
   * The visitor's occupation and address for the usage agreement; both null until recorded (sales without
   * microdata never record them).
   */
  @Transactional(readOnly = true)
  public AgreementParticulars agreementParticulars(String requestNumber) {
    SaleRequestEntity request = entity(requestNumber);
    return new AgreementParticulars(request.visitorOccupation(), request.visitorAddress());
  }

  /**
   * Records the visitor's occupation and address for the usage agreement. The audit trail says that they were
   * recorded, never what they are (the address is personal data).
   */
  public void recordAgreementParticulars(String requestNumber, String occupation, String address, String actor) {
    entity(requestNumber).setAgreementParticulars(occupation, address, clock.instant());
    log(requestNumber, actor, "AGREEMENT_PARTICULARS_RECORDED",
        "Pekerjaan dan alamat untuk perjanjian penggunaan data mikro dicatat");
  }

  /**
   * The officer corrects the occupation or address printed on the usage agreement (the visitor asked for it in the
   * review of the invoice and documents): a blank value keeps what is recorded. Returns whether anything changed; the
   * audit trail says which of the two changed, never what they are.
   */
  public boolean correctAgreementParticulars(String requestNumber, String occupation, String address, String actor) {
    SaleRequestEntity request = entity(requestNumber);
    String newOccupation = occupation == null || occupation.isBlank() ? request.visitorOccupation() : occupation;
    String newAddress = address == null || address.isBlank() ? request.visitorAddress() : address;
    java.util.List<String> changed = new java.util.ArrayList<>();
    if (!java.util.Objects.equals(newOccupation, request.visitorOccupation())) {
      changed.add("pekerjaan/jabatan");
    }
    if (!java.util.Objects.equals(newAddress, request.visitorAddress())) {
      changed.add("alamat");
    }
    if (changed.isEmpty()) {
      return false;
    }
    request.setAgreementParticulars(newOccupation, newAddress, clock.instant());
    log(requestNumber, actor, "AGREEMENT_PARTICULARS_CORRECTED",
        "Diperbaiki untuk perjanjian penggunaan data mikro: " + String.join(" dan ", changed));
    return true;
  }

  /** The name printed as the payer on the receipt: the visitor's, unless the officer corrected it (step 18). */
  @Transactional(readOnly = true)
  public String receiptPayer(String requestNumber) {
    return entity(requestNumber).receiptPayerName();
  }

  /** The officer corrects the payer's name for the next version of the receipt (the visitor asked for it). */
  public void recordReceiptPayer(String requestNumber, String payer, String actor) {
    SaleRequestEntity request = entity(requestNumber);
    String before = request.receiptPayerName();
    if (!payer.equals(before)) {
      request.setReceiptPayer(payer, clock.instant());
      log(requestNumber, actor, "RECEIPT_PAYER_CHANGED", "Nama pembayar pada kuitansi: " + before + " menjadi "
          + payer);
    }
  }

  /** The officer's approval of the zero tariff at the document check (it applies only when also eligible and requested). */
  public void recordZeroTariffApproval(String requestNumber, boolean approved, String actor) {
    SaleRequestEntity request = entity(requestNumber);
    request.setZeroTariffApproved(approved, clock.instant());
    if (approved) {
      log(requestNumber, actor, "ZERO_TARIFF_APPROVED", request.isZeroTariffGranted()
          ? "Tarif Rp0 disetujui: " + request.getZeroTariffBasis() : "Persetujuan tarif Rp0 dicatat");
    }
  }

  /** Marks which of the required documents the visitor handed over (codes of {@link #requiredDocuments}). */
  public void recordDocumentsSubmitted(String requestNumber, java.util.Collection<String> codes) {
    for (RequiredDocumentEntity e : requiredDocuments.findByRequestNumberOrderById(requestNumber)) {
      e.setSubmitted(codes.contains(e.getCode()));
    }
  }

  /** Replaces the documents the visitor must hand over (the DMN required-documents result). */
  public void recordRequiredDocuments(String requestNumber, List<RequiredDocument> documents) {
    List<RequiredDocumentEntity> previous = requiredDocuments.findByRequestNumberOrderById(requestNumber);
    if (!previous.isEmpty()) { // a repeated check: delete the old list before inserting the new one
      requiredDocuments.deleteAll(previous);
      requiredDocuments.flush();
    }
    for (RequiredDocument d : documents) {
      requiredDocuments.save(new RequiredDocumentEntity(requestNumber, d.code(), d.name()));
    }
  }

  /**
   * The documents the visitor hands over. The decision table lists the zero tariff's letter for every category
   * that may have Rp0; it is asked for only once the visitor applies for Rp0 (the officer's tick when explaining
   * the terms), not from a university or an embassy that pays.
   */
  @Transactional(readOnly = true)
  public List<RequiredDocument> requiredDocuments(String requestNumber) {
    SaleRequestEntity request = loaded(requestNumber);
    boolean letterWanted = request == null || request.isZeroTariffRequested();
    return requiredDocuments.findByRequestNumberOrderById(requestNumber).stream()
        .filter(e -> letterWanted || !ZERO_TARIFF_LETTER.equals(e.getCode()))
        .map(e -> new RequiredDocument(e.getCode(), e.getName(), e.isSubmitted())).toList();
  }

  /** The code of the zero tariff's letter in the required-documents decision table. */
  public static final String ZERO_TARIFF_LETTER = "ZERO_TARIFF_LETTER";

  /** The officer who called the ticket serves the visitor at that counter and owns the sale's counter tasks. */
  public void serveAt(String requestNumber, String officer, String counterName) {
    entity(requestNumber).serveAt(officer, counterName, clock.instant());
  }

  public void correctVisitor(String requestNumber, String name, String institution, String actor) {
    entity(requestNumber).updateVisitor(name, institution, clock.instant());
    log(requestNumber, actor, "VISITOR_CORRECTED", "Nama/instansi diperbaiki");
  }

  public void changeStatus(String requestNumber, RequestStatus status, String reason, String actor) {
    entity(requestNumber).changeStatus(status, reason, clock.instant());
    log(requestNumber, actor, "STATUS_" + status.name(), reason == null ? status.label() : reason);
  }

  /** The invoice (version 1, or a later version after a correction) was issued: status INVOICED. */
  public void recordInvoiceIssued(String requestNumber, String invoiceNumber, int version, String actor) {
    String detail = "Invoice " + invoiceNumber + " versi " + version;
    publish(requestNumber, RequestStatus.INVOICED, detail,
        now -> new InvoiceIssued(requestNumber, invoiceNumber, version, actorOrSystem(actor), now));
  }

  /** The officer answered the visitor's correction request. */
  public void recordInvoiceCorrectionAnswered(String requestNumber, String answer, String actor) {
    publish(requestNumber, null, null,
        now -> new InvoiceCorrectionAnswered(requestNumber, answer, actorOrSystem(actor), now));
  }

  /** The officer answered the visitor's request to correct the receipt or the product. */
  public void recordProductCorrectionAnswered(String requestNumber, String answer, String actor) {
    publish(requestNumber, null, null,
        now -> new ProductCorrectionAnswered(requestNumber, answer, actorOrSystem(actor), now));
  }

  /** A billing code was issued for bank payment: status AWAITING_PAYMENT. */
  public void recordBillingCodeIssued(String requestNumber, String billingCode, long amount, Instant expiresAt,
      String actor) {
    publish(requestNumber, RequestStatus.AWAITING_PAYMENT, "Kode billing " + billingCode,
        now -> new BillingCodeIssued(requestNumber, billingCode, amount, expiresAt, actorOrSystem(actor), now));
  }

  /** The receipt document was issued (status RECEIPTED) or, with {@code reissue}, issued again as a new version. */
  public void recordReceiptIssued(String requestNumber, String receiptNumber, int version, boolean reissue,
      String actor) {
    publish(requestNumber, reissue ? null : RequestStatus.RECEIPTED, "Kuitansi " + receiptNumber,
        now -> new ReceiptIssued(requestNumber, receiptNumber, version, reissue, actorOrSystem(actor), now));
  }

  /** The handover record was issued: status HANDED_OVER. */
  public void recordHandover(String requestNumber, String handoverNumber, String actor) {
    publish(requestNumber, RequestStatus.HANDED_OVER, "BAST " + handoverNumber,
        now -> new ProductHandedOver(requestNumber, handoverNumber, actorOrSystem(actor), now));
  }

  /** The document check found the documents incomplete: back to the visitor with the officer's note. */
  public void recordDocumentsReturned(String requestNumber, String note, String actor) {
    publish(requestNumber, null, null, now -> new DocumentsReturned(requestNumber, note, actorOrSystem(actor), now));
  }

  /** The treasurer did not accept the transfer from abroad: back to the visitor with the reason. */
  public void recordTransferProofReturned(String requestNumber, String reason, String actor) {
    publish(requestNumber, null, null,
        now -> new TransferProofReturned(requestNumber, reason, actorOrSystem(actor), now));
  }

  /** The visitor accepted the receipt and the products. */
  public void recordProductAccepted(String requestNumber, String actor) {
    publish(requestNumber, null, null, now -> new ProductAccepted(requestNumber, actorOrSystem(actor), now));
  }

  /** The sale is cancelled for this reason: status CANCELLED. */
  public void cancel(String requestNumber, String reason, String actor) {
    publish(requestNumber, RequestStatus.CANCELLED, reason,
        now -> new SaleCancelled(requestNumber, reason, actorOrSystem(actor), now));
  }

  private void publish(String requestNumber, RequestStatus status, String reason,
      java.util.function.Function<Instant, SaleEvent> event) {
    Instant now = clock.instant();
    if (status != null) {
      entity(requestNumber).changeStatus(status, reason, now);
    }
    publisher.publishEvent(event.apply(now));
  }

  private static String actorOrSystem(String actor) {
    return actor == null ? "system" : actor;
  }

  /**
   * Adds a free-form entry to the audit trail (same transaction). The trail is for people: no module
   * reads it to decide anything; the sale's milestones reach other modules as typed {@link SaleEvent}s.
   */
  public void log(String requestNumber, String actor, String action, String detail) {
    audit(requestNumber, actor, action, detail);
  }

  void audit(String requestNumber, String actor, String action, String detail) {
    pending().add(new RequestEvent(requestNumber, clock.instant(), actorOrSystem(actor), action, detail));
  }

  /** The newest requests first, for the supervisor's and auditor's overview (without their lines). */
  @Transactional(readOnly = true)
  public List<SaleRequestSummary> recent(int limit) {
    return requests.findAll(org.springframework.data.domain.PageRequest.of(0, limit,
        org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")))
        .getContent().stream().map(SaleRequestEntity::toSummary).toList();
  }

  /**
   * The requests of the given units created in [from, to), newest first, at most {@code limit} of them, and how many
   * there are in all (the reports' request list for a period: every request can be reached, not only the newest).
   */
  @Transactional(readOnly = true)
  public RequestPage createdBetween(java.util.Collection<String> unitCodes, Instant from, Instant to, int limit) {
    if (unitCodes.isEmpty()) {
      return new RequestPage(List.of(), 0);
    }
    List<SaleRequestSummary> rows = requests.findByUnitCodeInAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(
        unitCodes, from, to, org.springframework.data.domain.PageRequest.of(0, limit,
            org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "createdAt")
                .and(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))))
        .stream().map(SaleRequestEntity::toSummary).toList();
    long total = rows.size() < limit ? rows.size()
        : requests.countByUnitCodeInAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(unitCodes, from, to);
    return new RequestPage(rows, total);
  }

  /** Some requests of a list and how many the list has in all. */
  public record RequestPage(List<SaleRequestSummary> rows, long total) {
    public boolean complete() {
      return rows.size() >= total;
    }
  }

  /** The requests with these numbers, with their lines (read-only, for reports); unknown numbers are skipped. */
  @Transactional(readOnly = true)
  public List<SaleRequest> findAll(java.util.Collection<String> requestNumbers) {
    List<String> numbers = List.copyOf(new java.util.LinkedHashSet<>(requestNumbers));
    List<SaleRequest> found = new java.util.ArrayList<>();
    for (int i = 0; i < numbers.size(); i += 500) {
      requests.findWithLines(numbers.subList(i, Math.min(numbers.size(), i + 500))).stream()
          .map(SaleRequestEntity::toRecord).forEach(found::add);
    }
    return found;
  }

  @Transactional(readOnly = true)
  public List<RequestEvent> history(String requestNumber) {
    writePending();
    return events.findByRequestNumberOrderByOccurredAtAscIdAsc(requestNumber).stream()
        .map(RequestEventEntity::toRecord).toList();
  }

  /**
   * Audit entries of this transaction, written together just before it commits (one batch per step
   * instead of one insert per entry; issue 13). Outside a transaction an entry is written at once.
   */
  private List<RequestEvent> pending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new java.util.AbstractList<>() {
        @Override
        public boolean add(RequestEvent e) {
          auditWriter.write(List.of(e));
          return true;
        }

        @Override
        public RequestEvent get(int index) {
          throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
          return 0;
        }
      };
    }
    @SuppressWarnings("unchecked")
    List<RequestEvent> pending = (List<RequestEvent>) TransactionSynchronizationManager.getResource(PENDING);
    if (pending == null) {
      List<RequestEvent> fresh = new java.util.ArrayList<>();
      pending = fresh;
      TransactionSynchronizationManager.bindResource(PENDING, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          writePending();
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
        }
      });
    }
    return pending;
  }

  private void writePending() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<RequestEvent> pending = (List<RequestEvent>) TransactionSynchronizationManager.getResource(PENDING);
    if (pending != null && !pending.isEmpty()) {
      auditWriter.write(pending);
      pending.clear();
    }
  }

  private static final Object PENDING = new Object() {
    @Override
    public String toString() {
      return "OrderService.auditEntriesOfThisTransaction";
    }
  };
}
