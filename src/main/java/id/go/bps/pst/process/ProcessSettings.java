package id.go.bps.pst.process;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time limits the process uses (pst.process.*): how long an invoice stays valid before it lapses
 * (one month, Silastik practice). The queue standard (10 minutes) is the visit module's
 * {@code pst.visit.service-standard}, shared by the process timer and the queue report.
 */
@ConfigurationProperties(prefix = "pst.process")
public record ProcessSettings(Period invoiceValidity) {

  public ProcessSettings {
    if (invoiceValidity == null) {
      invoiceValidity = Period.ofDays(30);
    }
  }
}
