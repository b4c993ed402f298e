package id.go.bps.pst.catalog.internal;

import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.VariableType;
import id.go.bps.pst.catalog.WksMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the catalogue files (see src/main/resources/catalog/). */
final class CatalogFiles {

  private CatalogFiles() {
  }

  record PublicationsFile(String unitCode, List<Publication> publications) {
  }

  record MapsFile(String unitCode, List<WksMap> maps) {
  }

  /** Products of the kinds without a file of their own (optional; see {@link id.go.bps.pst.catalog.CatalogProduct}). */
  record ProductsFile(String unitCode, List<id.go.bps.pst.catalog.CatalogProduct> products) {
  }

  record MicrodataFile(String unitCode, String note, List<RegionSpec> regions, List<DatasetSpec> datasets) {
  }

  record RegionSpec(String code, String name, int villages, double weight) {
  }

  /** RANDOM_REGION: each record falls in a region by weight; ONE_PER_VILLAGE: one record per village. */
  enum RowMode {
    RANDOM_REGION,
    ONE_PER_VILLAGE
  }

  record DatasetSpec(
      String id,
      String survey,
      String title,
      int year,
      String unitOfObservation,
      int records,
      long seed,
      RowMode rowMode,
      List<VariableSpec> variables) {
  }

  record VariableSpec(
      String name, String label, VariableType type, int width, Map<String, String> categories, GeneratorSpec gen) {
  }

  /** How synthetic values of one variable are drawn. */
  record GeneratorSpec(
      GeneratorKind kind, Double min, Double max, Integer scale, List<Double> weights, Double missing) {
  }

  enum GeneratorKind {
    SEQUENCE,
    REGION,
    VILLAGE,
    INTEGER,
    DECIMAL,
    CATEGORY
  }
}
