package id.go.bps.pst.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteException;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.QuoteService;
import id.go.bps.pst.tariff.TariffSchedules;
import id.go.bps.pst.tariff.UserCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogue overrides per unit (README "Units (tenants)"): {@code <pst.catalog.directory>/units/<code>/}
 * holds a unit's own products and its own version of shared entries; a broken unit file leaves only that
 * unit on the shared catalogue. Two units side by side: 6503 (default, shared files) and 6501.
 */
class UnitCatalogFilesTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  static final String SHARED_PUB = "profil-kemiskinan-tana-tidung-2024";   // 50 pages in the shared file

  @TempDir Path dir;

  @BeforeEach
  void sharedFiles() throws Exception {
    for (String f : new String[] {"publications.json", "microdata.json", "maps.json"}) {
      try (var in = getClass().getClassLoader().getResourceAsStream("catalog/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
  }

  private void unitFile(String unit, String file, String content) throws Exception {
    Files.createDirectories(dir.resolve("units").resolve(unit));
    Files.writeString(dir.resolve("units").resolve(unit).resolve(file), content);
  }

  private static final String PUBS_6501 = """
      { "unitCode": "6501", "publications": [
        { "id": "kab-bulungan-dalam-angka-2025", "title": "Kabupaten Bulungan Dalam Angka 2025", "year": 2025,
          "pages": 298, "formats": ["SOFTCOPY", "HARDCOPY"] },
        { "id": "profil-kemiskinan-tana-tidung-2024", "title": "Profil Kemiskinan (edisi Bulungan) 2024", "year": 2024,
          "pages": 120, "formats": ["SOFTCOPY"] }
      ]}""";

  private static Quote quote(QuoteService quotes, String unit, QuoteItem item) {
    return quotes.quote(new QuoteRequest(DAY, UserCategory.INDIVIDUAL, false, List.of(item)), unit);
  }

  @Test
  void aUnitsOwnPublicationIsListedAndSoldOnlyByThatUnit() throws Exception {
    unitFile("6501", "publications.json", PUBS_6501);
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    QuoteService quotes = new QuoteService(catalog, new MicrodataExtractService(catalog), TariffSchedules.fromClasspath());

    assertThat(catalog.forUnit("6501").publications()).extracting(Publication::id)
        .contains("kab-bulungan-dalam-angka-2025", "kab-tana-tidung-dalam-angka-2025");
    assertThat(catalog.forUnit("6501").isOwnProduct(id.go.bps.pst.common.ProductType.PUBLICATION, "kab-bulungan-dalam-angka-2025")).isTrue();
    assertThat(catalog.forUnit("6503").publications()).extracting(Publication::id)
        .doesNotContain("kab-bulungan-dalam-angka-2025");
    assertThat(catalog.publications()).extracting(Publication::id).doesNotContain("kab-bulungan-dalam-angka-2025");

    Quote sold = quote(quotes, "6501", QuoteItem.publication("kab-bulungan-dalam-angka-2025", PublicationFormat.SOFTCOPY, 1));
    assertThat(sold.lines().get(0).description()).contains("Kabupaten Bulungan Dalam Angka 2025", "298 halaman");
    assertThat(sold.total()).isPositive();

    assertThatThrownBy(() -> quote(quotes, "6503",
        QuoteItem.publication("kab-bulungan-dalam-angka-2025", PublicationFormat.SOFTCOPY, 1)))
        .isInstanceOf(QuoteException.class)
        .hasMessage("Item ke-1: Publikasi 'kab-bulungan-dalam-angka-2025' tidak tersedia di unit 6503 (produk unit lain)");
    assertThatThrownBy(() -> catalog.requirePublication("kab-bulungan-dalam-angka-2025"))
        .hasMessageContaining("tidak tersedia di unit 6503");
    // an id no unit has keeps the old message
    assertThatThrownBy(() -> catalog.forUnit("6501").requirePublication("x"))
        .hasMessage("Publikasi dengan id 'x' tidak ada dalam katalog");
  }

  @Test
  void anOverrideChangesTitleAndPriceForThatUnitOnly() throws Exception {
    unitFile("6501", "publications.json", PUBS_6501);
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    QuoteService quotes = new QuoteService(catalog, new MicrodataExtractService(catalog), TariffSchedules.fromClasspath());

    assertThat(catalog.forUnit("6501").requirePublication(SHARED_PUB).title())
        .isEqualTo("Profil Kemiskinan (edisi Bulungan) 2024");
    assertThat(catalog.forUnit("6501").isOwnProduct(id.go.bps.pst.common.ProductType.PUBLICATION, SHARED_PUB)).isFalse();
    assertThat(catalog.forUnit("6503").requirePublication(SHARED_PUB).title()).isEqualTo("Profil Kemiskinan Kabupaten Tana Tidung 2024");
    // the override keeps its place in the list and is listed once
    List<String> ids = catalog.forUnit("6501").publications().stream().map(Publication::id).toList();
    assertThat(ids.indexOf(SHARED_PUB)).isEqualTo(catalog.forUnit("6503").publications().stream().map(Publication::id)
        .toList().indexOf(SHARED_PUB));
    assertThat(ids.stream().filter(SHARED_PUB::equals)).hasSize(1);

    QuoteItem item = QuoteItem.publication(SHARED_PUB, PublicationFormat.SOFTCOPY, 1);
    Quote bulungan = quote(quotes, "6501", item);
    Quote tanaTidung = quote(quotes, "6503", item);
    assertThat(bulungan.lines().get(0).description()).contains("edisi Bulungan", "120 halaman");
    assertThat(tanaTidung.lines().get(0).description()).contains("Tana Tidung", "50 halaman");
    assertThat(bulungan.total()).isGreaterThan(tanaTidung.total());
    assertThat(quotes.quote(new QuoteRequest(DAY, UserCategory.INDIVIDUAL, false, List.of(item))).total())
        .isEqualTo(tanaTidung.total());
  }

  @Test
  void aUnitsMicrodataAndMapFilesWork() throws Exception {
    unitFile("6501", "maps.json", """
        { "maps": [ { "id": "wks-6501-kecamatan", "title": "Peta digital WKS Kabupaten Bulungan per kecamatan",
          "coverage": "REGENCY", "regionCode": "6501", "level": "DISTRICT", "year": 2024, "fileFormat": "SHP" } ] }""");
    unitFile("6501", "microdata.json", """
        { "regions": [ { "code": "6501010", "name": "Peso", "villages": 3, "weight": 1.0 },
                       { "code": "6501020", "name": "Tanjung Palas", "villages": 4, "weight": 2.0 } ],
          "datasets": [] }""");
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    assertThat(catalog.forUnit("6501").requireMap("wks-6501-kecamatan").title()).contains("Bulungan");
    assertThatThrownBy(() -> catalog.forUnit("6503").requireMap("wks-6501-kecamatan"))
        .hasMessage("Peta digital WKS 'wks-6501-kecamatan' tidak tersedia di unit 6503 (produk unit lain)");
    // regions of a unit file apply to the datasets of that file only; the shared datasets are unchanged
    assertThat(catalog.forUnit("6501").requireMicrodataDataset("podes-2024").regions())
        .isEqualTo(catalog.forUnit("6503").requireMicrodataDataset("podes-2024").regions());
  }

  @Test
  void aBrokenUnitFileLeavesTheUnitOnTheSharedCatalogue() throws Exception {
    unitFile("6501", "publications.json", PUBS_6501);
    unitFile("6501", "maps.json", "{ \"maps\": [ { \"id\": ");   // broken
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));   // no exception
    assertThat(catalog.forUnit("6501").publications()).extracting(Publication::id)
        .doesNotContain("kab-bulungan-dalam-angka-2025");
    assertThat(catalog.forUnit("6501").requirePublication(SHARED_PUB).pages()).isEqualTo(50);
    assertThat(catalog.unitFileProblems()).containsOnlyKeys("6501");
    assertThat(catalog.unitFileProblems().get("6501")).contains(dir.resolve("units/6501/maps.json").toString());
    assertThat(catalog.unitsWithOwnFiles()).isEmpty();

    // repaired on the server, read by the reload
    Files.delete(dir.resolve("units/6501/maps.json"));
    catalog.reload();
    assertThat(catalog.unitFileProblems()).isEmpty();
    assertThat(catalog.forUnit("6501").requirePublication("kab-bulungan-dalam-angka-2025").pages()).isEqualTo(298);

    // a file naming another unit is refused too; other units are not affected
    unitFile("6504", "publications.json", "{ \"unitCode\": \"6503\", \"publications\": [] }");
    unitFile("6501", "publications.json", "{ \"publications\": [ { \"id\": \"a\", \"title\": \"A\", \"year\": 2024, "
        + "\"pages\": 1, \"formats\": [\"SOFTCOPY\"] }, { \"id\": \"a\", \"title\": \"A\", \"year\": 2024, "
        + "\"pages\": 1, \"formats\": [\"SOFTCOPY\"] } ] }");
    catalog.reload();
    assertThat(catalog.unitFileProblems()).containsOnlyKeys("6501", "6504");
    assertThat(catalog.unitFileProblems().get("6504")).contains("unitCode 6503 tidak sama dengan folder unit 6504");
    assertThat(catalog.unitFileProblems().get("6501")).contains("units/6501/publications.json", "id ganda a");
    assertThat(catalog.forUnit("6501").publications()).hasSameSizeAs(catalog.publications());
  }

  @Test
  void aProductsFileTakesOnlyKindsWithoutACatalogueFileOfTheirOwn() throws Exception {
    // a map belongs in maps.json: listed in products.json it is refused with the entry named, and the unit
    // stays on the shared catalogue
    unitFile("6501", "products.json", "{ \"products\": [ { \"type\": \"MAP\", \"id\": \"peta-x\", "
        + "\"title\": \"Peta X\", \"details\": [] } ] }");
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    assertThat(catalog.unitFileProblems()).containsOnlyKeys("6501");
    assertThat(catalog.unitFileProblems().get("6501")).contains("peta-x", "MAP", "berkas katalog sendiri");
    assertThat(catalog.forUnit("6501").maps()).hasSameSizeAs(catalog.maps());

    unitFile("6501", "products.json", "{ \"products\": [ { \"id\": \"tanpa-jenis\", \"title\": \"T\" } ] }");
    catalog.reload();
    assertThat(catalog.unitFileProblems().get("6501")).contains("tanpa-jenis", "tanpa jenis produk");
  }

  @Test
  void aNewUnitFolderIsReadByTheReload() throws Exception {
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    assertThat(catalog.unitsWithOwnFiles()).isEmpty();
    unitFile("6501", "publications.json", PUBS_6501);
    assertThat(catalog.forUnit("6501").publication("kab-bulungan-dalam-angka-2025")).isEmpty();
    catalog.reload();
    assertThat(catalog.unitsWithOwnFiles()).containsExactly("6501");
    assertThat(catalog.forUnit("6501").publication("kab-bulungan-dalam-angka-2025")).isPresent();
  }

  @Test
  void theEmbeddedDemoGivesUnit6501OneOwnPublication() {
    CatalogService catalog = CatalogService.fromClasspath();
    assertThat(catalog.unitsWithOwnFiles()).contains("6501");
    assertThat(catalog.unitFileProblems()).isEmpty();
    assertThat(catalog.forUnit("6501").publications()).hasSize(catalog.publications().size() + 1)
        .extracting(Publication::id).contains("kab-bulungan-dalam-angka-2025");
    assertThat(catalog.publications()).extracting(Publication::id).doesNotContain("kab-bulungan-dalam-angka-2025");
  }
}
