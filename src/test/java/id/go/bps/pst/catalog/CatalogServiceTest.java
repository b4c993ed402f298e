package id.go.bps.pst.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTest {

  @Test
  void demoCatalogueForTanaTidung() {
    CatalogService catalog = CatalogService.fromClasspath();
    assertThat(catalog.unitCode()).isEqualTo("6503");
    assertThat(catalog.publications()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(catalog.microdataDatasets()).hasSize(3)
        .allSatisfy(d -> assertThat(d.regions()).extracting(Region::name)
            .containsExactly("Sesayap", "Sesayap Hilir", "Tana Lia", "Betayau", "Muruk Rian"));
    assertThat(catalog.maps()).extracting(WksMap::kind)
        .containsExactlyInAnyOrder("INDONESIA_DISTRICT", "INDONESIA_VILLAGE", "REGENCY_DISTRICT", "REGENCY_VILLAGE");
    assertThat(catalog.requirePublication("profil-kemiskinan-tana-tidung-2024").pages()).isEqualTo(50);
  }

  @Test
  void unknownIdsAreNamed() {
    CatalogService catalog = CatalogService.fromClasspath();
    assertThatThrownBy(() -> catalog.requirePublication("x")).hasMessage("Publikasi dengan id 'x' tidak ada dalam katalog");
    assertThatThrownBy(() -> catalog.requireMap("y")).hasMessage("Peta digital WKS dengan id 'y' tidak ada dalam katalog");
  }

  @Test
  void supervisorEditedFilesAreReadFromTheConfiguredDirectoryOnReload(@TempDir Path dir) throws Exception {
    for (String f : new String[] {"publications.json", "microdata.json", "maps.json"}) {
      try (var in = getClass().getClassLoader().getResourceAsStream("catalog/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    CatalogService catalog = new CatalogService(new CatalogProperties(dir.toString()));
    int before = catalog.publications().size();
    String pubs = Files.readString(dir.resolve("publications.json"));
    Files.writeString(dir.resolve("publications.json"), pubs.replace("\"publications\": [",
        "\"publications\": [\n { \"id\": \"baru-2026\", \"title\": \"Publikasi Baru\", \"year\": 2026, \"pages\": 10, \"formats\": [\"SOFTCOPY\"] },"));
    catalog.reload();
    assertThat(catalog.publications()).hasSize(before + 1);
    assertThat(catalog.requirePublication("baru-2026").title()).isEqualTo("Publikasi Baru");

    Files.writeString(dir.resolve("maps.json"), "{ not json");
    assertThatThrownBy(catalog::reload).isInstanceOf(CatalogException.class).hasMessageContaining("maps.json");
    assertThat(catalog.maps()).hasSize(4);
  }
}
