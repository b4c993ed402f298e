package id.go.bps.pst.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import id.go.bps.pst.portal.PortalTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mails follow the sale's typed events, not the audit trail's sentences: an audit line (reworded or
 * not) sends nothing, the issued invoice sends exactly one mail with its number and version, and the
 * "product ready" mail lists the download links that the delivery module created for the same event.
 */
class SaleMailEventsTest extends PortalTestSupport {

  @Autowired MailOutbox outbox;
  @Autowired DocumentService documents;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void theMailIsWrittenWithTheStepThatCausesItAndNotForAStepRolledBack() {
    String number = startRequest("Yuni Astuti", "yuni@example.com");
    var step = new org.springframework.transaction.support.TransactionTemplate(transactions);

    // a step that fails after recording its milestone: neither the milestone nor its mail remain
    step.executeWithoutResult(status -> {
      orders.recordInvoiceIssued(number, "INV-GAGAL", 1, "petugas1");
      status.setRollbackOnly();
    });
    assertThat(outbox.forRequest(number)).extracting(OutboxMail::type).doesNotContain(MailType.INVOICE_ISSUED);

    // the step that commits has its mail in the outbox when it returns: no listener thread to wait for
    step.executeWithoutResult(status -> orders.recordInvoiceIssued(number, "INV-JADI", 1, "petugas1"));
    List<OutboxMail> invoiceMails = outbox.forRequest(number).stream()
        .filter(m -> m.type() == MailType.INVOICE_ISSUED).toList();
    assertThat(invoiceMails).hasSize(1);
    assertThat(invoiceMails.get(0).bodyText()).contains("INV-JADI").doesNotContain("INV-GAGAL");
  }

  @Test
  void aRewordedAuditLineDoesNotChangeTheMailsWhichComeFromTheEventsOnce() {
    String number = startRequest("Rina Kartika", "rina@example.com");
    // an audit entry that looks like the old contract, reworded: it is for people only and sends nothing
    orders.log(number, "petugas1", "STATUS_INVOICED", "Faktur INV-LAIN diterbitkan (revisi ke-7)");
    awaitEvents();
    assertThat(outbox.forRequest(number)).extracting(OutboxMail::type).containsExactly(MailType.PORTAL_LINK);

    toInvoiceReview(number, cart(publication(PUBLICATION)));

    DocumentRef invoice = documents.find(number).stream().filter(d -> d.kind() == DocumentKind.INVOICE)
        .reduce((a, b) -> b).orElseThrow();
    List<OutboxMail> invoiceMails = outbox.forRequest(number).stream()
        .filter(m -> m.type() == MailType.INVOICE_ISSUED).toList();
    assertThat(invoiceMails).hasSize(1);
    assertThat(invoiceMails.get(0).bodyText()).contains("Invoice " + invoice.number() + " untuk permintaan " + number)
        .doesNotContain("INV-LAIN").doesNotContain("versi");
    assertThat(outbox.forRequest(number)).extracting(OutboxMail::type)
        .containsExactly(MailType.PORTAL_LINK, MailType.INVOICE_ISSUED);
    // the audit trail still tells people what happened, from its own listener of the same event
    assertThat(orders.history(number)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo("STATUS_INVOICED");
      assertThat(e.detail()).isEqualTo("Invoice " + invoice.number() + " versi 1");
    });
  }

  @Test
  void productReadyMailListsTheLinksCreatedForTheSameHandoverEventOnce() {
    String number = startRequest("Sari Dewi", "sari@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION), map("wks-6503-kecamatan")));
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", Map.of("invoiceReview", "OK"));
    completeAs("petugas1", "petugas", number, "Task_ChoosePaymentMethod", Map.of("paymentMethod", "CASH"));
    payCashAndHandOver(number);

    List<OutboxMail> ready = outbox.forRequest(number).stream()
        .filter(m -> m.type() == MailType.PRODUCT_READY).toList();
    assertThat(ready).hasSize(1);
    assertThat(ready.get(0).bodyText()).contains("(2 berkas, setiap tautan berlaku sampai")
        .containsPattern("berlaku sampai \\d{1,2} \\p{L}+ \\d{4} \\d{2}\\.\\d{2} WITA dan dapat diunduh paling banyak 5 kali");
    assertThat(outbox.forRequest(number)).extracting(OutboxMail::type).filteredOn(t -> t == MailType.RECEIPT_ISSUED)
        .hasSize(1);
  }
}
