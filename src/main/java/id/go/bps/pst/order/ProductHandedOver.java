package id.go.bps.pst.order;

import java.time.Instant;

/** The products were handed over (handover record issued; paid and receipted before). */
public record ProductHandedOver(String requestNumber, String handoverNumber, String actor, Instant occurredAt)
    implements SaleEvent {
}
