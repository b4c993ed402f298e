package id.go.bps.pst.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The handover record (berita acara serah terima) of the products collected at step 16.
 *
 * @param handoverNumber the number to print, or null to let this module allocate one
 * @param receiptNumber the receipt of the sale, printed for cross-reference (may be null)
 * @param place where the handover happens (the unit's city by default when null)
 */
public record HandoverData(
    String requestNumber,
    String handoverNumber,
    Instant date,
    String place,
    String officerName,
    String officerPosition,
    String receiverName,
    String receiverInstitution,
    String receiptNumber,
    List<HandoverItem> items) implements DocumentData {

  @Override
  public DocumentKind kind() {
    return DocumentKind.HANDOVER;
  }

  @Override
  public String number() {
    return handoverNumber;
  }


  public HandoverData {
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(officerName, "officerName");
    Objects.requireNonNull(receiverName, "receiverName");
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a handover lists at least one product");
    }
  }
}
