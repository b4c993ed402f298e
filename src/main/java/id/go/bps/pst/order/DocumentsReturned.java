package id.go.bps.pst.order;

import java.time.Instant;

/**
 * The officer's document check found the documents incomplete: they go back to the visitor with the
 * officer's note (what is missing, which uploaded files were rejected and why).
 */
public record DocumentsReturned(String requestNumber, String note, String actor, Instant occurredAt)
    implements SaleEvent {
}
