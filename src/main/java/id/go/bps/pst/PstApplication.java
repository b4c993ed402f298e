package id.go.bps.pst;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Penjualan Produk Statistik: the sale of statistical products at a BPS PST unit, on Camunda 7.
 * Modules are the top-level packages below this one (see README, "Modules").
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PstApplication {

  public static void main(String[] args) {
    // times are stored in UTC by every path (JPA and plain JDBC alike) and shown in the unit's zone
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    SpringApplication.run(PstApplication.class, args);
  }
}
