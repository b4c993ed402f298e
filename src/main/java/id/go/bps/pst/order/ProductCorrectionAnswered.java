package id.go.bps.pst.order;

import java.time.Instant;

/**
 * The officer handled the visitor's request to correct the receipt or the product (step 18); {@code answer} says
 * what was done. The visitor reads it by e-mail, in the portal's history and on the review form.
 */
public record ProductCorrectionAnswered(String requestNumber, String answer, String actor, Instant occurredAt)
    implements SaleEvent {
}
