package id.go.bps.pst.process;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits the process uses (pst.process.*): the queue standard (10 minutes, from the service
 * standard) and how long an invoice stays valid before it lapses (one month, Silastik practice).
 */
@ConfigurationProperties(prefix = "pst.process")
public record ProcessSettings(Duration queueWaitLimit, Period invoiceValidity) {

  public ProcessSettings {
    if (queueWaitLimit == null) {
      queueWaitLimit = Duration.ofMinutes(10);
    }
    if (invoiceValidity == null) {
      invoiceValidity = Period.ofDays(30);
    }
  }
}
