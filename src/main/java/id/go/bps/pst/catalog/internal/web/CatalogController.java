package id.go.bps.pst.catalog.internal.web;

import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.MicrodataDataset;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.Region;
import id.go.bps.pst.catalog.Variable;
import id.go.bps.pst.catalog.WksMap;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public browsing of the catalogue (no personal data; open without login). */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Katalog", description = "Publikasi, data mikro dan peta digital WKS yang dijual")
class CatalogController {

  static final String DELIVERY_FORMAT = "CSV UTF-8 tanpa BOM; baris pertama nama variabel; pemisah koma; "
      + "setiap baris diakhiri '\\n'; kolom diapit tanda kutip ganda hanya bila memuat koma, kutip ganda atau "
      + "baris baru (kutip ganda di dalamnya digandakan); nilai kosong = tidak ada data";

  private final CatalogService catalog;
  private final MicrodataExtractService extracts;

  CatalogController(CatalogService catalog, MicrodataExtractService extracts) {
    this.catalog = catalog;
    this.extracts = extracts;
  }

  @GetMapping("/publications")
  @Operation(summary = "Daftar publikasi", description = "Judul, tahun, jumlah halaman dan format yang tersedia")
  List<Publication> publications() {
    return catalog.publications();
  }

  @GetMapping("/microdata")
  @Operation(summary = "Daftar dataset data mikro", description = "Tanpa kamus variabel; ukuran berkas full set dalam byte")
  List<DatasetSummary> microdata() {
    return catalog.microdataDatasets().stream().map(this::summary).toList();
  }

  @GetMapping("/microdata/{id}")
  @Operation(summary = "Dataset data mikro dengan kamus variabel (mirip DDI)")
  @ApiResponse(responseCode = "404", description = "Dataset tidak ada dalam katalog")
  DatasetDetail microdata(@PathVariable String id) {
    MicrodataDataset d = catalog.microdataDataset(id)
        .orElseThrow(() -> new NotFoundException("Dataset data mikro dengan id '" + id + "' tidak ada dalam katalog"));
    return new DatasetDetail(d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.recordCount(),
        d.regions(), extracts.size(d.id(), null, null), DELIVERY_FORMAT, d.variables());
  }

  @GetMapping("/maps")
  @Operation(summary = "Daftar peta digital WKS", description = "Cakupan (Indonesia atau satu kabupaten/kota) dan tingkat wilayah")
  List<WksMap> maps() {
    return catalog.maps();
  }

  private DatasetSummary summary(MicrodataDataset d) {
    return new DatasetSummary(d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.recordCount(),
        d.regions(), d.variables().size(), extracts.size(d.id(), null, null));
  }

  record DatasetSummary(String id, String survey, String title, int year, String unitOfObservation,
      int recordCount, List<Region> regions, int variableCount, long fullSetBytes) {
  }

  record DatasetDetail(String id, String survey, String title, int year, String unitOfObservation,
      int recordCount, List<Region> regions, long fullSetBytes, String deliveryFormat, List<Variable> variables) {
  }
}
