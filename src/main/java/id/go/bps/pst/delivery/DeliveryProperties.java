package id.go.bps.pst.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Softcopy delivery settings ({@code pst.delivery.*}).
 *
 * @param linkValidity how long a download link works after it is created or renewed
 * @param maxDownloads how many successful downloads one link allows
 */
@ConfigurationProperties("pst.delivery")
public record DeliveryProperties(
    @DefaultValue("7d") Duration linkValidity,
    @DefaultValue("5") int maxDownloads) {
}
