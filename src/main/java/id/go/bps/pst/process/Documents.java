package id.go.bps.pst.process;

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
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Glue between the process and the document module: maps the order into invoice, sample and
 * agreement data, issues version 1 or the next version, and keeps only references (ids) and a
 * list of links for the forms in the process variables.
 */
@Component
class Documents {

  static final String INVOICE_ID = "invoiceDocumentId";
  static final String AGREEMENT_ID = "agreementDocumentId";
  static final String SAMPLE_IDS = "sampleDocumentIds";
  static final String RECEIPT_ID = "receiptDocumentId";
  static final String HANDOVER_ID = "handoverDocumentId";

  private final DocumentService documents;
  private final MicrodataExtractService extracts;
  private final UnitProperties unit;
  private final Clock clock;

  Documents(DocumentService documents, MicrodataExtractService extracts, UnitProperties unit, Clock clock) {
    this.documents = documents;
    this.extracts = extracts;
    this.unit = unit;
    this.clock = clock;
  }

  DocumentRef issueInvoice(DelegateExecution execution, SaleRequest request, String billingCode, Instant billingExpiresAt) {
    Instant now = clock.instant();
    Period validity = Period.parse(Vars.str(execution, "invoiceValidity"));
    List<InvoiceLine> lines = request.getLines().stream()
        .map(l -> new InvoiceLine(l.getDescription(), l.getExplanation(), l.getQuantity(),
            l.getUnitPrice() == null ? 0 : l.getUnitPrice(), l.getAmount() == null ? 0 : l.getAmount()))
        .toList();
    InvoiceData data = new InvoiceData(request.getRequestNumber(), null, now,
        LocalDate.ofInstant(now, unit.zoneId()).plus(validity), request.getVisitorName(), request.getInstitution(),
        request.getMaskedIdentityNumber(), lines, request.getTotalAmount(), request.getLegalBasis(),
        request.isZeroTariff(), request.isZeroTariff() ? Vars.str(execution, "zeroTariffBasis") : null,
        billingCode, billingExpiresAt, null);
    Object previous = execution.getVariable(INVOICE_ID);
    ProducedBy by = producedBy(execution);
    DocumentRef ref = previous == null
        ? documents.issueInvoice(data, by)
        : documents.correctInvoice(((Number) previous).longValue(), data, by);
    execution.setVariable(INVOICE_ID, ref.id());
    execution.setVariable("invoiceNumber", ref.number());
    refreshLinks(execution, request.getRequestNumber());
    return ref;
  }

  /** Step 10 documents for microdata: one sample per microdata line and one agreement for all. */
  void issueMicrodataDocuments(DelegateExecution execution, SaleRequest request) {
    ProducedBy by = producedBy(execution);
    Map<String, Long> previousSamples = Vars.read(execution, SAMPLE_IDS, new TypeReference<Map<String, Long>>() {});
    Map<String, Long> samples = new HashMap<>();
    List<AgreementDataset> datasets = new ArrayList<>();
    for (OrderLine line : request.getLines()) {
      if (!"MICRODATA".equals(line.getProductType())) {
        continue;
      }
      List<String> variables = Pricing.list(line.getVariables());
      List<String> regions = Pricing.list(line.getRegions());
      MicrodataSample sample = extracts.sample(line.getProductId(), variables, regions, 10);
      List<String> names = sample.variables().stream().map(v -> v.name()).toList();
      SampleData data = new SampleData(request.getRequestNumber(), null, sample.dataset().title(),
          sample.variables().stream()
              .map(v -> new VariableInfo(v.name(), v.label(), v.type().name(), v.width())).toList(),
          sample.regions().stream().map(r -> r.name()).toList(), names, sample.rows());
      String key = String.valueOf(line.getLineNo());
      Long previous = previousSamples == null ? null : previousSamples.remove(key);
      DocumentRef ref = previous == null
          ? documents.issueMicrodataSample(data, by)
          : documents.correctMicrodataSample(previous, data, by);
      samples.put(key, ref.id());
      datasets.add(new AgreementDataset(sample.dataset().title(), names,
          sample.regions().stream().map(r -> r.name()).toList()));
    }
    if (previousSamples != null) {
      previousSamples.values().forEach(id -> documents.cancel(id, "Baris data mikro tidak lagi dipesan", by));
    }
    Vars.json(execution, SAMPLE_IDS, samples);
    AgreementData agreement = new AgreementData(request.getRequestNumber(), null, clock.instant(),
        new AgreementParty(unit.headName(), unit.headPosition(), unit.name(), null, unit.address()),
        new AgreementParty(request.getVisitorName(), null, request.getInstitution(),
            request.getMaskedIdentityNumber(), null),
        datasets, Vars.strOrEmpty(execution, "dataUseAbstract"), unit.city());
    Object previous = execution.getVariable(AGREEMENT_ID);
    DocumentRef ref = previous == null
        ? documents.issueUsageAgreement(agreement, by)
        : documents.correctUsageAgreement(((Number) previous).longValue(), agreement, by);
    execution.setVariable(AGREEMENT_ID, ref.id());
    refreshLinks(execution, request.getRequestNumber());
  }

  /** The forms list the current documents as links staff can open. */
  void refreshLinks(DelegateExecution execution, String requestNumber) {
    List<DocumentRef> current = documents.find(requestNumber);
    String md = current.isEmpty() ? "_Belum ada dokumen._" : current.stream()
        .map(d -> "- [" + d.kind().label() + " " + d.number() + " (versi " + d.version() + ")](/api/documents/"
            + d.id() + "/content)")
        .collect(Collectors.joining("\n"));
    execution.setVariable("documentsMarkdown", md);
  }

  static ProducedBy producedBy(DelegateExecution execution) {
    return new ProducedBy(execution.getActivityInstanceId(), Actors.of(execution));
  }
}
