package id.go.bps.pst.ops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestSql;
import id.go.bps.pst.notification.MailOutbox;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.notification.OutboxMail;
import id.go.bps.pst.portal.PortalTestSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event whose listener did not finish (the node died, the listener failed) is handed to its listener
 * again by the upkeep, and only one node runs the upkeep per interval.
 */
class EventPublicationUpkeepTest extends PortalTestSupport {

  @Autowired EventPublicationUpkeep upkeep;
  @Autowired MailOutbox outbox;

  @Test
  void anEventLeftIncompleteIsHandedToItsListenerAgain() {
    String number = startRequest("Tono Wibowo", "tono@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    completeAs("petugas1", "petugas", number, "Task_ReviewInvoice", java.util.Map.of("invoiceReview", "OK"));
    completeAs("petugas1", "petugas", number, "Task_ChoosePaymentMethod", java.util.Map.of("paymentMethod", "CASH"));
    payCashAndHandOver(number);
    id.go.bps.pst.EventPublications.awaitCompleted(jdbc);
    assertThat(productReadyMails(number)).isEqualTo(1);

    // as if the node had stopped after the handover's commit, before the delivery listener finished
    int reopened = TestSql.update(jdbc, "update event_publication set completion_date = null, publication_date = ? "
            + "where event_type = ? and listener_id like ? and serialized_event like ?",
        Timestamp.from(Instant.now().minus(Duration.ofHours(1))), "id.go.bps.pst.order.ProductHandedOver",
        "%HandoverListener%", "%" + number + "%");
    assertThat(reopened).isEqualTo(1);

    upkeep.run();
    // the reopened entry is an hour old: wait for it too
    id.go.bps.pst.EventPublications.awaitCompletedSince(jdbc, Instant.now().minus(Duration.ofHours(2)));

    // handed to the listener again: the links it made stay (one row per line), the visitor is told once more
    assertThat(productReadyMails(number)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from pst_delivery_file where request_number = ?", Integer.class,
        number)).isEqualTo(1);
  }

  @Test
  void oneNodeAtATimeTakesTheLease() {
    TestSql.update(jdbc, "update pst_sequence set last_value = 0 where seq_name = 'lease/event-publication-upkeep'");
    assertThat(upkeep.takeLease(Duration.ofMinutes(5))).isTrue();
    assertThat(upkeep.takeLease(Duration.ofMinutes(5))).isFalse();
  }

  private long productReadyMails(String number) {
    return outbox.forRequest(number).stream().map(OutboxMail::type).filter(t -> t == MailType.PRODUCT_READY).count();
  }

}
