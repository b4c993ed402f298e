package id.go.bps.pst.delivery;

import id.go.bps.pst.common.ProductType;
import java.time.Instant;

/**
 * One softcopy file of a handed-over request with its link's limits.
 *
 * @param generated true when the file is a generated stand-in (publications and maps have no stored
 *     files in this deployment), false for the real microdata extract
 */
public record DeliveryFile(
    long id,
    String requestNumber,
    int lineNo,
    ProductType productType,
    String productId,
    String title,
    String fileName,
    String contentType,
    boolean generated,
    Instant expiresAt,
    int maxDownloads,
    int downloadCount) {

  public int remainingDownloads() {
    return Math.max(0, maxDownloads - downloadCount);
  }

  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isUsable(Instant now) {
    return !isExpired(now) && remainingDownloads() > 0;
  }
}
