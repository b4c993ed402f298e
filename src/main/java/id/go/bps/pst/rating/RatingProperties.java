package id.go.bps.pst.rating;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the satisfaction survey ({@code pst.rating.*}).
 *
 * @param services the unit's services a stand-alone respondent can choose, code to Indonesian name (the
 *     code {@value SurveyService#SALES_SERVICE} is the sale of statistical products)
 * @param standaloneLimit how many stand-alone responses one client address may send per window
 * @param standaloneWindow the window of that limit
 */
@ConfigurationProperties(prefix = "pst.rating")
public record RatingProperties(Map<String, String> services, Integer standaloneLimit, Duration standaloneWindow) {

  public RatingProperties {
    if (services == null || services.isEmpty()) {
      services = new LinkedHashMap<>();
      services.put(SurveyService.SALES_SERVICE, "Penjualan produk statistik");
      services.put("KONSULTASI", "Konsultasi statistik");
      services.put("PERPUSTAKAAN", "Perpustakaan tercetak dan digital");
      services.put("REKOMENDASI", "Rekomendasi kegiatan statistik (Romantik)");
      services.put("LAINNYA", "Layanan lainnya");
    } else if (!services.containsKey(SurveyService.SALES_SERVICE)) {
      Map<String, String> withSales = new LinkedHashMap<>();
      withSales.put(SurveyService.SALES_SERVICE, "Penjualan produk statistik");
      withSales.putAll(services);
      services = withSales;
    }
    services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    if (standaloneLimit == null || standaloneLimit < 1) {
      standaloneLimit = 10;
    }
    if (standaloneWindow == null || standaloneWindow.isNegative() || standaloneWindow.isZero()) {
      standaloneWindow = Duration.ofMinutes(10);
    }
  }
}
