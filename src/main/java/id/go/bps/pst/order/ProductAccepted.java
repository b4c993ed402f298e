package id.go.bps.pst.order;

import java.time.Instant;

/** The visitor checked the receipt and the products and accepted them. */
public record ProductAccepted(String requestNumber, String actor, Instant occurredAt) implements SaleEvent {
}
