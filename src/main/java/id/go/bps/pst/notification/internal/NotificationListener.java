package id.go.bps.pst.notification.internal;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.delivery.DownloadLinksCreated;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.BillingCodeIssued;
import id.go.bps.pst.order.DocumentsReturned;
import id.go.bps.pst.order.TransferProofReturned;
import id.go.bps.pst.order.InvoiceCorrectionAnswered;
import id.go.bps.pst.order.InvoiceIssued;
import id.go.bps.pst.order.ProductAccepted;
import id.go.bps.pst.order.ReceiptIssued;
import id.go.bps.pst.order.RequestRegistered;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the sale's typed events into mails to the visitor. The mail is rendered and written to the outbox
 * in the transaction of the step that published the event, just before it commits
 * ({@code BEFORE_COMMIT}): the outbox row commits or rolls back with the step, so a mail is never lost
 * and never sent for a step that did not happen; {@code MailOutboxSender} delivers it later, with retries.
 * (The outbox is this module's transactional record of "mail to send"; an asynchronous listener with an
 * event publication registry entry on top would add two transactions and two registry writes per mail and
 * guarantee nothing more: issue 13.) What a mail says comes from the event's fields, never from the audit
 * trail's sentences. A rendering problem is logged and never fails the step: the visitor can still be
 * reached with a re-sent portal link.
 */
@Component
class NotificationListener {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);

  private final MailOutbox outbox;
  private final DeliveryService delivery;
  private final UnitProperties unit;

  NotificationListener(MailOutbox outbox, DeliveryService delivery, UnitProperties unit) {
    this.outbox = outbox;
    this.delivery = delivery;
    this.unit = unit;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(RequestRegistered event) {
    enqueue(event.requestNumber(), MailType.PORTAL_LINK, Map.of());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(InvoiceIssued event) {
    enqueue(event.requestNumber(), MailType.INVOICE_ISSUED,
        Map.of("invoiceNumber", event.invoiceNumber(), "invoiceVersion", event.version()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(InvoiceCorrectionAnswered event) {
    enqueue(event.requestNumber(), MailType.CORRECTION_ANSWERED,
        Map.of("answer", event.answer() == null ? "" : event.answer()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(id.go.bps.pst.order.ProductCorrectionAnswered event) {
    enqueue(event.requestNumber(), MailType.CORRECTION_ANSWERED,
        Map.of("answer", event.answer() == null ? "" : event.answer()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(BillingCodeIssued event) {
    Map<String, Object> model = new HashMap<>();
    model.put("billingCode", event.billingCode());
    model.put("amount", event.amount());
    if (event.expiresAt() != null) {
      model.put("billingExpires", IndonesianFormat.dateTime(event.expiresAt(), outbox.unitOf(event.requestNumber()).zoneId()));
    }
    enqueue(event.requestNumber(), MailType.BILLING_CODE, model);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReceiptIssued event) {
    enqueue(event.requestNumber(), MailType.RECEIPT_ISSUED, Map.of());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DownloadLinksCreated event) {
    var files = delivery.files(event.requestNumber());
    Map<String, Object> model = new HashMap<>();
    model.put("files", files);
    if (!files.isEmpty()) {
      model.put("filesExpire", IndonesianFormat.dateTime(files.get(0).expiresAt(), outbox.unitOf(event.requestNumber()).zoneId()));
    }
    enqueue(event.requestNumber(), MailType.PRODUCT_READY, model);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DocumentsReturned event) {
    enqueue(event.requestNumber(), MailType.DOCUMENTS_RETURNED, Map.of("note", event.note() == null ? "" : event.note()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(TransferProofReturned event) {
    enqueue(event.requestNumber(), MailType.TRANSFER_RETURNED,
        Map.of("reason", event.reason() == null ? "" : event.reason()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ProductAccepted event) {
    enqueue(event.requestNumber(), MailType.RATING_REQUEST, Map.of());
  }

  private void enqueue(String requestNumber, MailType type, Map<String, Object> model) {
    try {
      outbox.enqueue(requestNumber, type, model);
    } catch (RuntimeException e) {
      LOG.error("mail {} for request {} could not be queued: {}", type, requestNumber, e.toString());
    }
  }
}
