package id.go.bps.pst.catalog.internal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.go.bps.pst.catalog.CatalogProperties;
import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.MicrodataExtractService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

// the controllers alone: who may call them is Spring Security's filter chain (identity module), walked by
// AuthorizationTableTest
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = {CatalogController.class, CatalogAdminController.class})
@Import({CatalogService.class, MicrodataExtractService.class})
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogApiTest {

  @Autowired
  MockMvc mvc;

  @Test
  void publications() throws Exception {
    mvc.perform(get("/api/catalog/publications")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[0].id").value("kab-tana-tidung-dalam-angka-2025"))
        .andExpect(jsonPath("$[0].pages").value(312));
  }

  @Test
  void microdataListAndDetail() throws Exception {
    mvc.perform(get("/api/catalog/microdata")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[0].fullSetBytes").value(1053823))
        .andExpect(jsonPath("$[0].variables").doesNotExist());
    mvc.perform(get("/api/catalog/microdata/podes-2024")).andExpect(status().isOk())
        .andExpect(jsonPath("$.survey").value("PODES"))
        .andExpect(jsonPath("$.regions[4].name").value("Muruk Rian"))
        .andExpect(jsonPath("$.variables[0].name").value("KODE_KEC"))
        .andExpect(jsonPath("$.variables[0].width").value(7))
        .andExpect(jsonPath("$.variables[2].categories.1").value("Desa"));
  }

  @Test
  void unknownDatasetIs404WithIndonesianMessage() throws Exception {
    mvc.perform(get("/api/catalog/microdata/x")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.message").value("Dataset data mikro dengan id 'x' tidak ada dalam katalog"));
  }

  @Test
  void maps() throws Exception {
    mvc.perform(get("/api/catalog/maps")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(4))
        .andExpect(jsonPath("$[3].coverage").value("REGENCY"))
        .andExpect(jsonPath("$[3].level").value("VILLAGE"));
  }

  @Test
  void reload() throws Exception {
    mvc.perform(post("/api/admin/catalog/reload")).andExpect(status().isOk())
        .andExpect(jsonPath("$.microdataDatasets").value(3))
        .andExpect(jsonPath("$.unitsWithOwnFiles[0]").value("6501"))
        .andExpect(jsonPath("$.unitFileProblems").isEmpty());
  }

  @Test
  void eachUnitsViewWithUnitParameter() throws Exception {
    // the embedded demo: unit 6501 has one publication of its own (classpath catalog/units/6501/)
    mvc.perform(get("/api/catalog/publications").param("unit", "6501")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(7))
        .andExpect(jsonPath("$[6].id").value("kab-bulungan-dalam-angka-2025"));
    mvc.perform(get("/api/catalog/publications").param("unit", "6503")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[?(@.id == 'kab-bulungan-dalam-angka-2025')]").isEmpty());
    mvc.perform(get("/api/catalog/maps").param("unit", "6501")).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(4));
    mvc.perform(get("/api/catalog/microdata/podes-2024").param("unit", "6501")).andExpect(status().isOk())
        .andExpect(jsonPath("$.survey").value("PODES"));
  }
}
