package id.go.bps.pst.process;

import id.go.bps.pst.common.ProductType;
import com.fasterxml.jackson.core.type.TypeReference;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.MicrodataSample;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.AgreementDataset;
import id.go.bps.pst.document.AgreementParty;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.InvoiceLine;
import id.go.bps.pst.document.ProducedBy;
import id.go.bps.pst.document.SampleData;
import id.go.bps.pst.document.VariableInfo;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.SaleRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.Optional;
import id.go.bps.pst.document.DocumentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Glue between the process and the document module: maps the order into invoice, sample and
 * agreement data, issues version 1 or the next version of the request's current document of that
 * kind (found in the document module, not in process variables).
 */
@Component
class Documents {

  /** Sample document ids per microdata line (the only document reference kept in the process). */
  static final String SAMPLE_IDS = "sampleDocumentIds";

  private final DocumentService documents;
  private final MicrodataExtractService extracts;
  private final UnitProperties unit;
  private final id.go.bps.pst.common.UnitDirectory units;
  private final ServiceStandards standards;
  private final Clock clock;
  private final id.go.bps.pst.order.OrderService orders;

  Documents(DocumentService documents, MicrodataExtractService extracts, UnitProperties unit,
      id.go.bps.pst.common.UnitDirectory units, ServiceStandards standards, Clock clock,
      id.go.bps.pst.order.OrderService orders) {
    this.orders = orders;
    this.units = units;
    this.documents = documents;
    this.extracts = extracts;
    this.unit = unit;
    this.standards = standards;
    this.clock = clock;
  }

  /** The current (valid) document of a kind for the request, if one was issued. */
  Optional<DocumentRef> current(String requestNumber, DocumentKind kind) {
    return documents.find(requestNumber).stream().filter(d -> d.kind() == kind).findFirst();
  }

  DocumentRef issueInvoice(DelegateExecution execution, SaleRequest request, String billingCode, Instant billingExpiresAt) {
    Instant now = clock.instant();
    // the validity the model's invoice timer defines (what an analyst sets there is what the invoice prints)
    Duration validity = standards.of(execution.getProcessDefinitionId(), ServiceStandards.INVOICE_VALIDITY)
        .orElse(Duration.ofDays(30));
    List<InvoiceLine> lines = request.lines().stream()
        .map(l -> new InvoiceLine(l.description(), l.explanation(), l.quantity(),
            l.unitPrice() == null ? 0 : l.unitPrice(), l.amount() == null ? 0 : l.amount()))
        .toList();
    InvoiceData data = new InvoiceData(request.requestNumber(), null, now,
        LocalDate.ofInstant(now.plus(validity), units.find(request.unitCode()).map(id.go.bps.pst.common.Unit::zoneId)
            .orElse(unit.zoneId())), request.visitorName(), request.institution(),
        request.maskedIdentityNumber(), lines, request.totalAmount(), request.legalBasis(),
        request.zeroTariff(), request.zeroTariff() ? request.zeroTariffBasis() : null,
        billingCode, billingExpiresAt, null);
    Optional<DocumentRef> previous = current(request.requestNumber(), DocumentKind.INVOICE);
    ProducedBy by = producedBy(execution);
    return documents.issue(data, previous.map(DocumentRef::id).orElse(null), by);
  }

  /** Step 10 documents for microdata: one sample per microdata line and one agreement for all. */
  void issueMicrodataDocuments(DelegateExecution execution, SaleRequest request) {
    ProducedBy by = producedBy(execution);
    Map<String, Long> previousSamples = Vars.read(execution, SAMPLE_IDS, new TypeReference<Map<String, Long>>() {});
    Map<String, Long> samples = new HashMap<>();
    List<AgreementDataset> datasets = new ArrayList<>();
    for (OrderLine line : request.lines()) {
      if (line.productType() != ProductType.MICRODATA) {
        continue;
      }
      List<String> variables = Pricing.list(line.variables());
      List<String> regions = Pricing.list(line.regions());
      MicrodataSample sample = extracts.sample(request.unitCode(), line.productId(), variables, regions, 10);
      List<String> names = sample.variables().stream().map(v -> v.name()).toList();
      SampleData data = new SampleData(request.requestNumber(), null, sample.dataset().title(),
          sample.variables().stream()
              .map(v -> new VariableInfo(v.name(), v.label(), v.type().name(), v.width())).toList(),
          sample.regions().stream().map(r -> r.name()).toList(), names, sample.rows());
      String key = String.valueOf(line.lineNo());
      Long previous = previousSamples == null ? null : previousSamples.remove(key);
      DocumentRef ref = documents.issue(data, previous, by);
      samples.put(key, ref.id());
      datasets.add(new AgreementDataset(sample.dataset().title(), names,
          sample.regions().stream().map(r -> r.name()).toList()));
    }
    if (previousSamples != null) {
      previousSamples.values().forEach(id -> documents.cancel(id, "Baris data mikro tidak lagi dipesan", by));
    }
    Vars.json(execution, SAMPLE_IDS, samples);
    // the first party is the head of the request's unit, by name and NIP; a blank line to write them on
    // when the unit has not recorded them (never the position printed as a name)
    id.go.bps.pst.common.Unit seller = units.find(request.unitCode()).orElseGet(units::defaultUnit);
    String blank = "....................................................";
    // the visitor's occupation and address, asked in the terms step (order record, never process variables)
    id.go.bps.pst.order.AgreementParticulars particulars = orders.agreementParticulars(request.requestNumber());
    AgreementData agreement = new AgreementData(request.requestNumber(), null, clock.instant(),
        new AgreementParty(present(seller.headName()) ? seller.headName() : blank, "Kepala " + seller.name(),
            seller.name(), "NIP " + (present(seller.headNip()) ? seller.headNip() : "........................"),
            seller.address()),
        new AgreementParty(request.visitorName(), particulars.occupation(), request.institution(),
            request.maskedIdentityNumber(), particulars.address()),
        datasets, Vars.strOrEmpty(execution, "dataUseAbstract"), seller.city());
    Optional<DocumentRef> previous = current(request.requestNumber(), DocumentKind.USAGE_AGREEMENT);
    documents.issue(agreement, previous.map(DocumentRef::id).orElse(null), by);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  static ProducedBy producedBy(DelegateExecution execution) {
    return new ProducedBy(execution.getActivityInstanceId(), Actors.of(execution));
  }
}
