package id.go.bps.pst.order;

import java.time.Instant;

/** The sale was cancelled, with the reason recorded. */
public record SaleCancelled(String requestNumber, String reason, String actor, Instant occurredAt)
    implements SaleEvent {
}
