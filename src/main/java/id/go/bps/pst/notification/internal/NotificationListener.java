package id.go.bps.pst.notification.internal;

import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.RequestLogged;
import id.go.bps.pst.payment.BillingPort;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns entries of a request's audit trail into mails to the visitor, in the same transaction (the
 * outbox row commits or rolls back with the step). A rendering problem is logged and never fails the
 * step: the visitor can still be reached with a re-sent portal link.
 *
 * <ul>
 *   <li>REGISTERED: address verification with the portal link</li>
 *   <li>STATUS_INVOICED: invoice issued (a later version answers a correction)</li>
 *   <li>INVOICE_CORRECTION_HANDLED: the officer's answer to the correction request</li>
 *   <li>STATUS_AWAITING_PAYMENT: the billing code and its expiry</li>
 *   <li>STATUS_RECEIPTED, RECEIPT_REISSUED: receipt issued</li>
 *   <li>STATUS_HANDED_OVER: product ready, with the softcopy files</li>
 *   <li>PRODUCT_REVIEW_OK: rating request</li>
 *   <li>DOCUMENTS_INCOMPLETE: the documents go back to the visitor (the officer's note, rejected files)</li>
 * </ul>
 */
@Component
class NotificationListener {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
  private static final Pattern BILLING = Pattern.compile("(\\d{15})");
  private static final Pattern INVOICE = Pattern.compile("Invoice (\\S+) versi (\\d+)");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id-ID"));

  private final MailOutbox outbox;
  private final BillingPort billing;
  private final DeliveryService delivery;
  private final id.go.bps.pst.common.UnitProperties unit;

  NotificationListener(MailOutbox outbox, BillingPort billing, DeliveryService delivery,
      id.go.bps.pst.common.UnitProperties unit) {
    this.outbox = outbox;
    this.billing = billing;
    this.delivery = delivery;
    this.unit = unit;
  }

  @EventListener
  @Order(10)
  void on(RequestLogged event) {
    Map<String, Object> model = new HashMap<>();
    MailType type = switch (event.action()) {
      case "REGISTERED" -> MailType.PORTAL_LINK;
      case "STATUS_INVOICED" -> {
        Matcher m = INVOICE.matcher(event.detail() == null ? "" : event.detail());
        if (m.find()) {
          model.put("invoiceNumber", m.group(1));
          model.put("invoiceVersion", Integer.parseInt(m.group(2)));
        }
        yield MailType.INVOICE_ISSUED;
      }
      case "INVOICE_CORRECTION_HANDLED" -> {
        model.put("answer", event.detail() == null ? "" : event.detail());
        yield MailType.CORRECTION_ANSWERED;
      }
      case "STATUS_AWAITING_PAYMENT" -> {
        Matcher m = BILLING.matcher(event.detail() == null ? "" : event.detail());
        if (!m.find()) {
          yield null;
        }
        model.put("billingCode", m.group(1));
        billing.find(m.group(1)).ifPresent(b -> {
          model.put("amount", b.amount());
          model.put("billingExpires", TIME.format(b.expiresAt().atZone(unit.zoneId())));
        });
        yield MailType.BILLING_CODE;
      }
      case "STATUS_RECEIPTED", "RECEIPT_REISSUED" -> MailType.RECEIPT_ISSUED;
      case "STATUS_HANDED_OVER" -> {
        model.put("files", delivery.files(event.requestNumber()));
        model.put("zone", unit.zoneId());
        yield MailType.PRODUCT_READY;
      }
      case "PRODUCT_REVIEW_OK" -> MailType.RATING_REQUEST;
      case "DOCUMENTS_INCOMPLETE" -> {
        model.put("note", event.detail() == null ? "" : event.detail());
        yield MailType.DOCUMENTS_RETURNED;
      }
      default -> null;
    };
    if (type == null) {
      return;
    }
    try {
      outbox.enqueue(event.requestNumber(), type, model);
    } catch (RuntimeException e) {
      LOG.error("mail {} for request {} could not be queued: {}", type, event.requestNumber(), e.toString());
    }
  }
}
