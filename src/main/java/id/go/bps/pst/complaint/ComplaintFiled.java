package id.go.bps.pst.complaint;

import java.time.Instant;

/**
 * Published (Spring application event, in the filing transaction) when a complaint is filed through
 * any channel. Carries no personal data: look the complaint up by its tracking code.
 */
public record ComplaintFiled(String trackingCode, String unitCode, ComplaintChannel channel,
    ComplaintCategory category, String requestNumber, Instant receivedAt) {
}
