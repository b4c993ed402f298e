package id.go.bps.pst.order;

import java.time.Instant;

/** A billing code for bank payment was issued for the sale; the sale now awaits payment. */
public record BillingCodeIssued(String requestNumber, String billingCode, long amount, Instant expiresAt,
    String actor, Instant occurredAt) implements SaleEvent {
}
