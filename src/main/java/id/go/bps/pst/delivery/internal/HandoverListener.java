package id.go.bps.pst.delivery.internal;

import id.go.bps.pst.delivery.DeliveryService;
import id.go.bps.pst.order.RequestLogged;
import id.go.bps.pst.order.RequestStatus;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the download links when the request's status becomes HANDED_OVER (handover record issued,
 * so paid and receipted), in the same transaction: if the step fails, no links exist either.
 * Runs before the notification module's listener so the "product ready" mail can list the files.
 */
@Component
class HandoverListener {

  private final DeliveryService delivery;

  HandoverListener(DeliveryService delivery) {
    this.delivery = delivery;
  }

  @EventListener
  @Order(0)
  void on(RequestLogged event) {
    if (event.status() == RequestStatus.HANDED_OVER) {
      delivery.createLinks(event.requestNumber());
    }
  }
}
