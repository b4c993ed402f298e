package id.go.bps.pst.order;

import java.time.Instant;

/** The sale's invoice was issued: {@code version} 1 first, a higher version after a correction. */
public record InvoiceIssued(String requestNumber, String invoiceNumber, int version, String actor,
    Instant occurredAt) implements SaleEvent {
}
