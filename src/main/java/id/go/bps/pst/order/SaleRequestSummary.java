package id.go.bps.pst.order;

import java.time.Instant;

/**
 * A sale request in a list (the reports' request list): the header without lines, identity number or contact data, read
 * without loading the lines.
 */
public record SaleRequestSummary(
    String requestNumber,
    String unitCode,
    String visitorName,
    String institution,
    RequestStatus status,
    Long totalAmount,
    Instant createdAt) {}
