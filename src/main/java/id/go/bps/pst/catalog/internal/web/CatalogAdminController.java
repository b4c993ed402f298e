package id.go.bps.pst.catalog.internal.web;

import id.go.bps.pst.catalog.CatalogService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisor's reload of the catalogue files (see {@code pst.catalog.directory}). Lives under
 * {@code /api/admin/**}, which the foundation's security keeps behind a login.
 */
@RestController
@RequestMapping("/api/admin/catalog")
@Tag(name = "Katalog (admin)", description = "Memuat ulang berkas katalog yang diubah koordinator")
class CatalogAdminController {

  private final CatalogService catalog;

  CatalogAdminController(CatalogService catalog) {
    this.catalog = catalog;
  }

  @PostMapping("/reload")
  @Operation(summary = "Muat ulang berkas katalog", description = "Perlu login (peran supervisor)")
  ReloadResult reload() {
    catalog.reload();
    return new ReloadResult(catalog.publications().size(), catalog.microdataDatasets().size(), catalog.maps().size(),
        List.copyOf(catalog.unitsWithOwnFiles()), catalog.unitFileProblems());
  }

  /**
   * Counts of the default unit's view; the units whose own files are in use; the units whose files could
   * not be used (they sell the shared catalogue), with the file and the reason.
   */
  record ReloadResult(int publications, int microdataDatasets, int maps, List<String> unitsWithOwnFiles,
      Map<String, String> unitFileProblems) {
  }
}
