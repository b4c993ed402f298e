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
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.catalog.CatalogView;
import id.go.bps.pst.common.UnitDirectory;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  private final UnitDirectory units;

  CatalogController(CatalogService catalog, MicrodataExtractService extracts,
      org.springframework.beans.factory.ObjectProvider<UnitDirectory> units) {
    this.catalog = catalog;
    this.extracts = extracts;
    this.units = units.getIfAvailable();
  }

  private static final String UNIT_PARAM = "Kode unit (satker) yang menjual; tanpa kode: unit bawaan. "
      + "Katalog unit = katalog bersama dengan produk dan versi entri milik unit itu.";

  /** The unit's view; an unknown unit code is refused (400). */
  private CatalogView view(String unit) {
    if (unit != null && !unit.isBlank() && units != null && units.find(unit.strip()).isEmpty()) {
      throw new CatalogException("Unit dengan kode " + unit.strip() + " tidak terdaftar.");
    }
    return catalog.forUnit(unit);
  }

  @GetMapping("/publications")
  @Operation(summary = "Daftar publikasi", description = "Judul, tahun, jumlah halaman dan format yang tersedia")
  List<Publication> publications(
      @Parameter(description = UNIT_PARAM) @RequestParam(name = "unit", required = false) String unit) {
    return view(unit).publications();
  }

  @GetMapping("/microdata")
  @Operation(summary = "Daftar dataset data mikro", description = "Tanpa kamus variabel; ukuran berkas full set dalam byte")
  List<DatasetSummary> microdata(
      @Parameter(description = UNIT_PARAM) @RequestParam(name = "unit", required = false) String unit) {
    CatalogView view = view(unit);
    return view.microdataDatasets().stream().map(d -> summary(view, d)).toList();
  }

  @GetMapping("/microdata/{id}")
  @Operation(summary = "Dataset data mikro dengan kamus variabel (mirip DDI)")
  @ApiResponse(responseCode = "404", description = "Dataset tidak ada dalam katalog")
  DatasetDetail microdata(@PathVariable String id,
      @Parameter(description = UNIT_PARAM) @RequestParam(name = "unit", required = false) String unit) {
    CatalogView view = view(unit);
    MicrodataDataset d;
    try {
      d = view.requireMicrodataDataset(id);
    } catch (CatalogException e) {
      throw new NotFoundException(e.getMessage());
    }
    return new DatasetDetail(d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.recordCount(),
        d.regions(), extracts.size(view.unitCode(), d.id(), null, null), DELIVERY_FORMAT, d.variables());
  }

  @GetMapping("/maps")
  @Operation(summary = "Daftar peta digital WKS", description = "Cakupan (Indonesia atau satu kabupaten/kota) dan tingkat wilayah")
  List<WksMap> maps(
      @Parameter(description = UNIT_PARAM) @RequestParam(name = "unit", required = false) String unit) {
    return view(unit).maps();
  }

  private DatasetSummary summary(CatalogView view, MicrodataDataset d) {
    return new DatasetSummary(d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.recordCount(),
        d.regions(), d.variables().size(), extracts.size(view.unitCode(), d.id(), null, null));
  }

  record DatasetSummary(String id, String survey, String title, int year, String unitOfObservation,
      int recordCount, List<Region> regions, int variableCount, long fullSetBytes) {
  }

  record DatasetDetail(String id, String survey, String title, int year, String unitOfObservation,
      int recordCount, List<Region> regions, long fullSetBytes, String deliveryFormat, List<Variable> variables) {
  }
}
