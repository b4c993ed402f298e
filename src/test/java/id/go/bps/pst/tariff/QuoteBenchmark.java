package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.PublicationFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints how long pricing 10.000 quotes of 10 lines takes (not a timed assertion). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) id.go.bps.pst.tariff.QuoteBenchmark}
 * or from the IDE.
 */
public final class QuoteBenchmark {

  public static void main(String[] args) {
    CatalogService catalog = CatalogService.fromClasspath();
    QuoteService quotes = new QuoteService(catalog, new MicrodataExtractService(catalog), TariffSchedules.fromClasspath());
    QuoteRequest request = new QuoteRequest(LocalDate.of(2026, 11, 25), UserCategory.INDIVIDUAL, false, List.of(
        QuoteItem.publication("kab-tana-tidung-dalam-angka-2025", PublicationFormat.SOFTCOPY, 1),
        QuoteItem.publication("indikator-kesra-tana-tidung-2024", PublicationFormat.SOFTCOPY, 2),
        QuoteItem.microdata("susenas-2024-kor-individu", null, null),
        QuoteItem.microdata("sakernas-2024-agustus", List.of("JK", "UMUR", "UPAH_BULANAN"), List.of("Sesayap")),
        QuoteItem.microdataProcessing("podes-2024", null, null, 3),
        QuoteItem.map("wks-6503-kecamatan", 2),
        QuoteItem.map("wks-indonesia-desa", 1),
        QuoteItem.microdataSize(1_234_567, false),
        QuoteItem.microdataSize(2_000_001, true),
        QuoteItem.publicationPages(101)));
    quotes.quote(request); // first use generates the data and measures the extracts (cached after)
    long checksum = 0;
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < 10_000; i++) {
        checksum += quotes.quote(request).total();
      }
      long micros = (System.nanoTime() - start) / 1_000;
      System.out.printf("round %d: 10.000 quotes x 10 lines in %d ms (%.1f us per quote)%n",
          round, micros / 1_000, micros / 10_000.0);
    }
    System.out.println("checksum " + checksum);
  }
}
