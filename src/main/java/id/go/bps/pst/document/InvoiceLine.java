package id.go.bps.pst.document;

import java.util.Objects;

/** One line of an invoice, as quoted: amounts in whole rupiah. */
public record InvoiceLine(String description, String explanation, long quantity, long unitPrice, long amount) {

  public InvoiceLine {
    Objects.requireNonNull(description, "description");
    if (quantity < 1 || unitPrice < 0 || amount < 0) {
      throw new IllegalArgumentException("invoice line needs quantity >= 1 and non-negative amounts");
    }
  }
}
