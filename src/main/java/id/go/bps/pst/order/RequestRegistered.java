package id.go.bps.pst.order;

import java.time.Instant;

/** A visitor's request was registered from the guest book and got its request number. */
public record RequestRegistered(String requestNumber, String ticketNumber, String actor, Instant occurredAt)
    implements SaleEvent {
}
