package id.go.bps.pst.order;

import id.go.bps.pst.common.ProductType;

/**
 * One line of a sale request: a product with its quantity, choices and price (whole rupiah). Immutable; the
 * cart is replaced as a whole with {@link OrderService#price}.
 */
public record OrderLine(
    int lineNo,
    ProductType productType,
    String productId,
    String description,
    String productFormat,
    long quantity,
    String variables,
    String regions,
    boolean processing,
    Long unitPrice,
    Long amount,
    String explanation) {}
