package id.go.bps.pst.tariff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the tariff schedules are read from: by default {@code tariff/schedules.json} on the classpath;
 * set {@code pst.tariff.directory} to read {@code schedules.json} from a folder instead.
 */
@ConfigurationProperties("pst.tariff")
public record TariffProperties(String directory) {

  public static TariffProperties defaults() {
    return new TariffProperties(null);
  }
}
