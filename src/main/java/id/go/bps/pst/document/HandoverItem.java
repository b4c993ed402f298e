package id.go.bps.pst.document;

import java.util.Objects;

/** One product handed over: e.g. a publication (hardcopy) or a microdata file on a flash drive. */
public record HandoverItem(String description, String format, long quantity, String note) {

  public HandoverItem {
    Objects.requireNonNull(description, "description");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be at least 1");
    }
  }
}
