package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.AgreementData;
import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentData;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentMetadata;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.document.DocumentStatus;
import id.go.bps.pst.document.DocumentStore;
import id.go.bps.pst.document.DocumentVerification;
import id.go.bps.pst.document.HandoverData;
import id.go.bps.pst.document.InvoiceData;
import id.go.bps.pst.document.ProducedBy;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.SampleData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders documents, stores their bytes in the {@link DocumentStore} and their metadata in pst_document.
 * Bytes are written before the row: a failed transaction can leave an orphan file, never a row without
 * bytes. Logs carry ids and numbers only, never personal data.
 */
@Service
public class DefaultDocumentService implements DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DefaultDocumentService.class);

  private final DocumentRecordRepository records;
  private final DocumentStore store;
  private final DocumentNumbers numbers;
  private final VerificationLinks links;
  private final InvoicePdf invoicePdf;
  private final MicrodataSamplePackage samplePackage;
  private final UsageAgreementPdf agreementPdf;
  private final ReceiptPdf receiptPdf;
  private final HandoverPdf handoverPdf;
  private final Clock clock;

  private final ObjectProvider<id.go.bps.pst.common.UnitDirectory> units;

  public DefaultDocumentService(DocumentRecordRepository records, DocumentStore store, DocumentNumbers numbers,
      VerificationLinks links, InvoicePdf invoicePdf, MicrodataSamplePackage samplePackage,
      UsageAgreementPdf agreementPdf, ReceiptPdf receiptPdf, HandoverPdf handoverPdf,
      ObjectProvider<Clock> clock, ObjectProvider<id.go.bps.pst.common.UnitDirectory> units) {
    this.units = units;
    this.records = records;
    this.store = store;
    this.numbers = numbers;
    this.links = links;
    this.invoicePdf = invoicePdf;
    this.samplePackage = samplePackage;
    this.agreementPdf = agreementPdf;
    this.receiptPdf = receiptPdf;
    this.handoverPdf = handoverPdf;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  @Transactional
  public DocumentRef issue(DocumentData data, Long previousId, ProducedBy by) {
    Objects.requireNonNull(data, "data");
    Subject subject = switch (data.kind()) {
      case INVOICE -> invoice((InvoiceData) data);
      case MICRODATA_SAMPLE -> sample();
      case USAGE_AGREEMENT -> agreement((AgreementData) data);
      case RECEIPT -> receipt((ReceiptData) data);
      case HANDOVER -> handover((HandoverData) data);
    };
    Function<RenderContext, RenderedFile> renderer = switch (data.kind()) {
      case INVOICE -> ctx -> invoicePdf.render((InvoiceData) data, ctx);
      case MICRODATA_SAMPLE -> ctx -> samplePackage.render((SampleData) data, ctx);
      case USAGE_AGREEMENT -> ctx -> agreementPdf.render((AgreementData) data, ctx);
      case RECEIPT -> ctx -> receiptPdf.render((ReceiptData) data, ctx);
      case HANDOVER -> ctx -> handoverPdf.render((HandoverData) data, ctx);
    };
    return previousId == null
        ? issue(data.kind(), data.requestNumber(), data.number(), subject, by, renderer)
        : correct(previousId, data.kind(), data.requestNumber(), subject, by, renderer);
  }

  @Override
  @Transactional
  public void cancel(long id, String reason, ProducedBy by) {
    Objects.requireNonNull(reason, "reason");
    DocumentRecord record = records.findForUpdate(id)
        .orElseThrow(() -> new DocumentNotFoundException("no document " + id));
    record.cancel(reason, by, clock.instant());
    log.info("Cancelled document id={} {} {} v{}", id, record.getKind(), record.getDocumentNumber(),
        record.getVersion());
  }

  @Override
  @Transactional(readOnly = true)
  public List<DocumentRef> find(String requestNumber) {
    return records.findByRequestNumberAndStatusOrderByKindAscDocumentNumberAsc(requestNumber,
        DocumentStatus.VALID).stream().map(DocumentRecord::toRef).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<DocumentMetadata> history(String requestNumber) {
    return records.findByRequestNumberOrderByIdAsc(requestNumber).stream()
        .map(DocumentRecord::toMetadata).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public DocumentContent open(long id) {
    DocumentRecord record = records.findById(id)
        .orElseThrow(() -> new DocumentNotFoundException("no document " + id));
    return new DocumentContent(record.toMetadata(), store.get(record.getStorageKey()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DocumentVerification> verify(String verificationCode) {
    if (!VerificationLinks.looksLikeCode(verificationCode)) {
      return Optional.empty();
    }
    return records.findByVerificationCode(verificationCode).map(DocumentRecord::toVerification);
  }

  private DocumentRef issue(DocumentKind kind, String requestNumber, String givenNumber, Subject subject,
      ProducedBy by, Function<RenderContext, RenderedFile> renderer) {
    return DocumentUnit.with(unitOf(requestNumber),
        () -> issueInUnit(kind, requestNumber, givenNumber, subject, by, renderer));
  }

  /** The unit of the request a document belongs to (letterhead, zone, number series). */
  private id.go.bps.pst.common.Unit unitOf(String requestNumber) {
    id.go.bps.pst.common.UnitDirectory directory = units.getIfAvailable();
    String code = DocumentUnit.codeOf(requestNumber);
    return directory == null || code == null ? null : directory.find(code).orElse(null);
  }

  private DocumentRef issueInUnit(DocumentKind kind, String requestNumber, String givenNumber, Subject subject,
      ProducedBy by, Function<RenderContext, RenderedFile> renderer) {
    Objects.requireNonNull(by, "producedBy");
    String number = givenNumber != null ? givenNumber : numbers.next(kind, subject.date());
    if (givenNumber != null && records.existsByKindAndDocumentNumber(kind, number)) {
      throw new IllegalStateException(kind + " " + number + " already exists; correct it instead");
    }
    return store(new DocumentRecord(kind, requestNumber, number, 1), subject, by, renderer);
  }

  private DocumentRef correct(long previousId, DocumentKind kind, String requestNumber, Subject subject,
      ProducedBy by, Function<RenderContext, RenderedFile> renderer) {
    return DocumentUnit.with(unitOf(requestNumber),
        () -> correctInUnit(previousId, kind, requestNumber, subject, by, renderer));
  }

  private DocumentRef correctInUnit(long previousId, DocumentKind kind, String requestNumber, Subject subject,
      ProducedBy by, Function<RenderContext, RenderedFile> renderer) {
    Objects.requireNonNull(by, "producedBy");
    DocumentRecord previous = records.findForUpdate(previousId)
        .orElseThrow(() -> new DocumentNotFoundException("no document " + previousId));
    if (previous.getKind() != kind || !previous.getRequestNumber().equals(requestNumber)) {
      throw new IllegalArgumentException("document " + previousId + " is not a " + kind + " of " + requestNumber);
    }
    if (previous.getStatus() != DocumentStatus.VALID) {
      throw new IllegalStateException("document " + previousId + " is " + previous.getStatus()
          + "; only the valid version can be corrected");
    }
    int version = previous.getVersion() + 1;
    DocumentRecord next = new DocumentRecord(kind, requestNumber, previous.getDocumentNumber(), version);
    DocumentRef ref = store(next, subject, by, renderer);
    previous.replacedBy(version, by, clock.instant());
    return ref;
  }

  private DocumentRef store(DocumentRecord record, Subject subject, ProducedBy by,
      Function<RenderContext, RenderedFile> renderer) {
    String code = links.newCode();
    RenderContext ctx = new RenderContext(record.getDocumentNumber(), record.getVersion(), links.url(code));
    RenderedFile file = renderer.apply(ctx);
    String sha256 = Sha256.hex(file.bytes());
    String key = storageKey(record, subject.date(), file, code);
    store.put(key, file.bytes());
    record.content(key, file, sha256, code);
    record.subject(subject.holderName(), subject.amount(), subject.date());
    record.producedBy(by, clock.instant());
    DocumentRecord saved = records.save(record);
    log.info("Stored document id={} {} {} v{} for request {} ({} bytes)", saved.getId(), saved.getKind(),
        saved.getDocumentNumber(), saved.getVersion(), saved.getRequestNumber(), file.bytes().length);
    return saved.toRef();
  }

  /** kind/year/request/number-vVERSION-CODEPREFIX.ext; the code prefix keeps keys unique across retries. */
  private static String storageKey(DocumentRecord r, Instant date, RenderedFile file, String code) {
    String ext = file.fileName().substring(file.fileName().lastIndexOf('.'));
    return r.getKind().name().toLowerCase(java.util.Locale.ROOT) + "/" + date.toString().substring(0, 4) + "/"
        + RenderedFile.safeName(r.getRequestNumber()) + "/" + RenderedFile.safeName(r.getDocumentNumber())
        + "-v" + r.getVersion() + "-" + code.substring(0, 8) + ext;
  }

  private Subject invoice(InvoiceData d) {
    return new Subject(d.visitorName(), d.total(), d.issuedAt());
  }

  private Subject sample() {
    return new Subject(null, null, clock.instant());
  }

  private Subject agreement(AgreementData d) {
    return new Subject(d.recipient().name(), null, d.date());
  }

  private Subject receipt(ReceiptData d) {
    return new Subject(d.payerName(), d.amount(), d.date());
  }

  private Subject handover(HandoverData d) {
    return new Subject(d.receiverName(), null, d.date());
  }

  /** What the verification page shows besides number and status. */
  private record Subject(String holderName, Long amount, Instant date) {
  }
}
