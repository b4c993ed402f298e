package id.go.bps.pst.order;

import java.util.List;

/** The priced cart as the order keeps it: lines, schedule used, total in whole rupiah. */
public record OrderPricing(
    List<OrderLine> lines,
    String scheduleCode,
    String legalBasis,
    long total,
    boolean zeroTariff,
    boolean commercial,
    String purpose) {}
