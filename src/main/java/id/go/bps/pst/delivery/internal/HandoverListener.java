package id.go.bps.pst.delivery.internal;

import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.delivery.DownloadLinksCreated;
import id.go.bps.pst.order.ProductHandedOver;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates the download links once the products were handed over (after that step committed, in a
 * transaction of its own; the event publication registry keeps the event until this succeeded), then
 * announces them, so the "product ready" mail lists the files without depending on listener order.
 */
@Component
class HandoverListener {

  private final DeliveryService delivery;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  HandoverListener(DeliveryService delivery, ApplicationEventPublisher publisher, Clock clock) {
    this.delivery = delivery;
    this.publisher = publisher;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ProductHandedOver event) {
    int files = delivery.createLinks(event.requestNumber()).size();
    publisher.publishEvent(new DownloadLinksCreated(event.requestNumber(), files, clock.instant()));
  }
}
