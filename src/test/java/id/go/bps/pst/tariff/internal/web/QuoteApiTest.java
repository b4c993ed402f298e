package id.go.bps.pst.tariff.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.go.bps.pst.catalog.CatalogProperties;
import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.tariff.QuoteService;
import id.go.bps.pst.tariff.TariffProperties;
import id.go.bps.pst.tariff.TariffSchedules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

// the controllers alone: who may call them is Spring Security's filter chain (identity module), walked by
// AuthorizationTableTest
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = QuoteController.class)
@Import({CatalogService.class, MicrodataExtractService.class, TariffSchedules.class, QuoteService.class})
@EnableConfigurationProperties({CatalogProperties.class, TariffProperties.class})
class QuoteApiTest {

  @Autowired
  MockMvc mvc;

  ResultActions post(String json) throws Exception {
    return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/quotes")
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void documentedExampleIsPriced() throws Exception {
    // 101 pages: 50.000 + 2 x 15.000 = 80.000; 2 regency maps: 60.000; 1.234.567 bytes: 24.700;
    // the SAKERNAS extract is below 1 MB: 20.000; 101 pages again: 80.000. Total 264.700.
    post(QuoteController.EXAMPLE)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scheduleCode").value("PP-13-2024"))
        .andExpect(jsonPath("$.legalBasis", startsWith("Peraturan Pemerintah Nomor 13 Tahun 2024")))
        .andExpect(jsonPath("$.date").value("2026-11-25"))
        .andExpect(jsonPath("$.lines.length()").value(5))
        .andExpect(jsonPath("$.lines[0].amount").value(80000))
        .andExpect(jsonPath("$.lines[1].type").value("MICRODATA"))
        .andExpect(jsonPath("$.lines[1].amount").value(20000))
        .andExpect(jsonPath("$.lines[1].deliveredBytes").isNumber())
        .andExpect(jsonPath("$.lines[2].amount").value(60000))
        .andExpect(jsonPath("$.lines[3].explanation", startsWith(
            "Ukuran berkas 1.234.567 byte: 1 MB pertama Rp20.000 + 235 blok 1.000 byte x Rp20 = Rp24.700")))
        .andExpect(jsonPath("$.lines[3].blocks").value(235))
        .andExpect(jsonPath("$.lines[4].amount").value(80000))
        .andExpect(jsonPath("$.total").value(264700));
  }

  @Test
  void unknownProductIs400() throws Exception {
    post("{\"date\":\"2026-11-25\",\"items\":[{\"type\":\"PUBLICATION\",\"id\":\"tidak-ada\"}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.title").value("Isian tidak valid"))
        .andExpect(jsonPath("$.detail").value("Item ke-1: Publikasi dengan id 'tidak-ada' tidak ada dalam katalog"))
        .andExpect(jsonPath("$.message").value("Item ke-1: Publikasi dengan id 'tidak-ada' tidak ada dalam katalog"));
  }

  @Test
  void unknownVariableIs400() throws Exception {
    post("{\"date\":\"2026-11-25\",\"items\":[{\"type\":\"MICRODATA\",\"id\":\"podes-2024\",\"variables\":[\"X1\"]}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith(
            "Item ke-1: Variabel 'X1' tidak ada dalam dataset 'podes-2024' (variabel yang ada: KODE_KEC, ")));
  }

  @Test
  void zeroOrNegativeQuantityIs400() throws Exception {
    post("{\"date\":\"2026-11-25\",\"items\":[{\"type\":\"MAP\",\"id\":\"wks-6503-desa\",\"quantity\":0}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Item ke-1: jumlah (quantity) harus lebih dari 0, diterima 0"));
    post("{\"date\":\"2026-11-25\",\"items\":[{\"type\":\"MAP\",\"id\":\"wks-6503-desa\",\"quantity\":-3}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("diterima -3")));
  }

  @Test
  void dateBeforeAnyScheduleAndScheduleWithoutAmountsAre400() throws Exception {
    post("{\"date\":\"2010-01-01\",\"items\":[{\"type\":\"PUBLICATION_PAGES\",\"pages\":10}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", startsWith("Tidak ada jadwal tarif PNBP yang berlaku pada tanggal 1 Januari 2010")));
    post("{\"date\":\"2020-06-01\",\"items\":[{\"type\":\"PUBLICATION_PAGES\",\"pages\":10}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("nominal tarif dalam lampiran PP 7/2015 tidak tersedia")));
  }

  @Test
  void malformedBodyIs400() throws Exception {
    post("{\"items\": [").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", startsWith("Isi permintaan bukan JSON yang sah")));
    post("").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Isi permintaan (JSON) kosong atau tidak dapat dibaca."));
    post("{\"items\":[{\"type\":\"BUKU\"}]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", startsWith("Nilai untuk «items[0].type» tidak sah; pilihan: PUBLICATION")))
        .andExpect(jsonPath("$.errors[0].field").value("items[0].type"));
    post("{\"date\":\"25-11-2026\",\"items\":[]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", startsWith("Nilai untuk «date» tidak sah")));
  }

  @Test
  void tooManyOrTooLargeItemsAre400NamingTheField() throws Exception {
    String item = "{\"type\":\"MAP\",\"id\":\"wks-6503-desa\",\"quantity\":1}";
    post("{\"items\":[" + String.join(",", java.util.Collections.nCopies(51, item)) + "]}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("items"))
        .andExpect(jsonPath("$.detail", containsString("paling banyak 50 produk")));
    post("{\"items\":[{\"type\":\"MAP\",\"id\":\"wks-6503-desa\",\"quantity\":20000}]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"))
        .andExpect(jsonPath("$.detail").value("«quantity» paling banyak 1000."));
  }

  @Test
  void missingFieldsAre400() throws Exception {
    post("{\"date\":\"2026-11-25\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Pesanan harus memuat sedikitnya satu item (items)"));
    post("{\"date\":\"2026-11-25\",\"items\":[{\"id\":\"wks-6503-desa\"}]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", startsWith("Item ke-1: jenis item (type) wajib diisi")));
    post("{\"date\":\"2026-11-25\",\"items\":[{\"type\":\"MICRODATA_SIZE\"}]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Item ke-1: ukuran berkas (bytes) wajib diisi"));
  }
}
