package id.go.bps.pst.order;

import java.time.Instant;

/**
 * The treasurer did not accept a transfer from abroad (the proof does not match the account, or less than the
 * invoice arrived): the proof goes back to the visitor with the reason, to transfer (the rest) and upload again.
 */
public record TransferProofReturned(String requestNumber, String reason, String actor, Instant occurredAt)
    implements SaleEvent {
}
