package id.go.bps.pst.tariff;

/**
 * One priced line. {@code deliveredBytes} is the size used for microdata (null otherwise);
 * {@code blocks} the further blocks counted after the first one (null for flat prices).
 */
public record QuoteLine(
    int lineNo,
    QuoteItemType type,
    String productId,
    String description,
    String tariffCode,
    long quantity,
    long unitPrice,
    long amount,
    String explanation,
    Long deliveredBytes,
    Long blocks) {
}
