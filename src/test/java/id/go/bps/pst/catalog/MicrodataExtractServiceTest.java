package id.go.bps.pst.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MicrodataExtractServiceTest {

  static final CatalogService CATALOG = CatalogService.fromClasspath();
  static final MicrodataExtractService EXTRACTS = new MicrodataExtractService(CATALOG);

  @Test
  void everyDatasetFullSetSizeEqualsTheBytesProduced() {
    for (MicrodataDataset d : CATALOG.microdataDatasets()) {
      MicrodataExtract extract = EXTRACTS.describe(d.id(), null, null);
      byte[] bytes = EXTRACTS.bytes(d.id(), null, null);
      System.out.println(d.id() + ": " + extract.records() + " records, " + bytes.length + " bytes");
      assertThat(extract.sizeBytes()).isEqualTo(bytes.length);
      assertThat(extract.records()).isEqualTo(d.recordCount());
      assertThat(extract.fullSet()).isTrue();
      assertThat(extract.allRegions()).isTrue();
    }
  }

  @Test
  void oneDatasetIsAboveOneMegabyteInItsFullSet() {
    assertThat(CATALOG.microdataDatasets())
        .anyMatch(d -> EXTRACTS.size(d.id(), null, null) > 1_000_000L);
  }

  @Test
  void chosenVariablesAndRegionsSizeEqualsTheBytesProduced() {
    List<String> vars = List.of("UMUR", "JK", "KODE_KEC", "PENIMBANG");
    List<String> regions = List.of("Tana Lia", "6503040");
    MicrodataExtract extract = EXTRACTS.describe("susenas-2024-kor-individu", vars, regions);
    byte[] bytes = EXTRACTS.bytes("susenas-2024-kor-individu", vars, regions);
    assertThat(extract.sizeBytes()).isEqualTo(bytes.length);
    // dictionary order, not request order
    assertThat(extract.variables()).containsExactly("KODE_KEC", "JK", "UMUR", "PENIMBANG");
    assertThat(extract.regionCodes()).containsExactly("6503030", "6503040");
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("KODE_KEC,JK,UMUR,PENIMBANG\n").endsWith("\n").doesNotContain("\r");
    assertThat(csv.lines().skip(1)).allMatch(l -> l.startsWith("6503030,") || l.startsWith("6503040,"));
    assertThat(csv.lines().count()).isEqualTo(extract.records() + 1L);
  }

  @Test
  void fieldsWithACommaAreQuotedAndCountedQuoted() {
    byte[] bytes = EXTRACTS.bytes("podes-2024", List.of("KODE_DESA", "KOMODITAS_UTAMA"), null);
    String csv = new String(bytes, StandardCharsets.UTF_8);
    assertThat(csv).contains("\"PADI, PALAWIJA\"");
    assertThat(EXTRACTS.size("podes-2024", List.of("KODE_DESA", "KOMODITAS_UTAMA"), null)).isEqualTo(bytes.length);
  }

  @Test
  void generationIsDeterministic() {
    byte[] first = EXTRACTS.bytes("sakernas-2024-agustus", null, null);
    MicrodataExtractService fresh = new MicrodataExtractService(CatalogService.fromClasspath());
    assertThat(fresh.bytes("sakernas-2024-agustus", null, null)).isEqualTo(first);
  }

  @Test
  void everyValueFitsItsDeclaredWidth() {
    for (MicrodataDataset d : CATALOG.microdataDatasets()) {
      MicrodataSample all = EXTRACTS.sample(d.id(), null, null, d.recordCount());
      for (List<String> row : all.rows()) {
        for (int i = 0; i < row.size(); i++) {
          assertThat(row.get(i).getBytes(StandardCharsets.UTF_8).length)
              .isLessThanOrEqualTo(all.variables().get(i).width());
        }
      }
    }
  }

  @Test
  void sampleGivesTheFirstRowsAndTheDictionary() {
    MicrodataSample sample = EXTRACTS.sample("sakernas-2024-agustus", List.of("JK", "UMUR"), null, 5);
    assertThat(sample.rows()).hasSize(5);
    assertThat(sample.variables()).extracting(Variable::name).containsExactly("JK", "UMUR");
    assertThat(sample.variables().get(0).categories()).containsEntry("1", "Laki-laki");
    String full = new String(EXTRACTS.bytes("sakernas-2024-agustus", List.of("JK", "UMUR"), null),
        StandardCharsets.UTF_8);
    assertThat(full).startsWith(new String(sample.csv(), StandardCharsets.UTF_8));
    assertThat(sample.extract().sizeBytes()).isEqualTo(full.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void unknownDatasetVariableOrRegionIsRefusedInIndonesian() {
    assertThatThrownBy(() -> EXTRACTS.describe("tidak-ada", null, null))
        .isInstanceOf(CatalogException.class).hasMessageContaining("'tidak-ada'");
    assertThatThrownBy(() -> EXTRACTS.describe("podes-2024", List.of("GAJI"), null))
        .isInstanceOf(CatalogException.class).hasMessage("Variabel 'GAJI' tidak ada dalam dataset 'podes-2024' "
            + "(variabel yang ada: KODE_KEC, KODE_DESA, STATUS_PEMERINTAHAN, TOPOGRAFI, TEPI_SUNGAI, JML_KELUARGA, JML_KELUARGA_PLN, JML_SD, JML_SMP, "
            + "JML_POSYANDU, PUSKESMAS, SINYAL_SELULER, AKSES_JALAN, PENGHASILAN_UTAMA, KOMODITAS_UTAMA, "
            + "JARAK_KANTOR_KAB, BANJIR_3TH)");
    assertThatThrownBy(() -> EXTRACTS.describe("podes-2024", null, List.of("Malinau")))
        .isInstanceOf(CatalogException.class).hasMessageStartingWith("Wilayah 'Malinau' tidak termasuk cakupan");
    assertThatThrownBy(() -> EXTRACTS.describe("podes-2024", List.of(), null))
        .isInstanceOf(CatalogException.class).hasMessageContaining("kosong");
  }
}
