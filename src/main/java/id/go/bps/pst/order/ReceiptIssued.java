package id.go.bps.pst.order;

import java.time.Instant;

/**
 * The sale's receipt document was issued ({@code reissue} false: the sale is now receipted) or issued
 * again as a new version after a correction ({@code reissue} true).
 */
public record ReceiptIssued(String requestNumber, String receiptNumber, int version, boolean reissue,
    String actor, Instant occurredAt) implements SaleEvent {
}
