package id.go.bps.pst.order;

import java.time.Instant;

/** The officer handled the visitor's correction request; {@code answer} says what was corrected. */
public record InvoiceCorrectionAnswered(String requestNumber, String answer, String actor, Instant occurredAt)
    implements SaleEvent {
}
