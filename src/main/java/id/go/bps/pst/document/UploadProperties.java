package id.go.bps.pst.document;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of uploaded files (prefix {@code pst.uploads}).
 *
 * @param maxSize the largest file accepted (default 10 MB)
 * @param retention how long uploaded files are kept after their upload; by default 3650 days, the
 *     {@code historyTimeToLive} of the sale process, so a file goes when the history of its sale goes
 * @param maxPixels the largest image (width × height) rendered into a page image
 */
@ConfigurationProperties(prefix = "pst.uploads")
public record UploadProperties(
    @DefaultValue("10MB") DataSize maxSize,
    @DefaultValue("P3650D") Duration retention,
    @DefaultValue("40000000") long maxPixels) {

  public UploadProperties {
    if (maxSize.toBytes() < 1) {
      throw new IllegalArgumentException("pst.uploads.max-size must be positive");
    }
  }
}
