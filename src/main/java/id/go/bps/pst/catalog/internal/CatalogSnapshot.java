package id.go.bps.pst.catalog.internal;

import id.go.bps.pst.catalog.CatalogEntry;
import id.go.bps.pst.catalog.CatalogProduct;
import id.go.bps.pst.common.ProductType;
import java.util.Collections;
import java.util.EnumMap;
import id.go.bps.pst.catalog.MicrodataDataset;
import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.WksMap;
import id.go.bps.pst.catalog.internal.CatalogFiles.DatasetSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.RegionSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One loaded state of the catalogue. Generated tables and computed extract sizes are cached here, so a
 * reload (a new snapshot) drops them with the old data.
 */
public final class CatalogSnapshot {

  private final String unitCode;
  private final Map<String, Publication> publications;
  private final Map<String, MicrodataDataset> datasets;
  private final Map<String, WksMap> maps;
  private final Map<ProductType, Map<String, CatalogEntry>> entries = new EnumMap<>(ProductType.class);
  private final Map<String, DatasetSpec> specs;
  private final Map<String, List<RegionSpec>> regions;
  private final Map<String, SyntheticTable> tables = new ConcurrentHashMap<>();
  private final Map<String, ExtractInfo> extractInfos = new ConcurrentHashMap<>();
  private final Map<Object, Object> memo = new ConcurrentHashMap<>();

  CatalogSnapshot(
      String unitCode,
      Map<String, Publication> publications,
      Map<String, MicrodataDataset> datasets,
      Map<String, WksMap> maps,
      Map<ProductType, Map<String, CatalogProduct>> products,
      Map<String, DatasetSpec> specs,
      Map<String, List<RegionSpec>> regions) {
    this.unitCode = unitCode;
    this.publications = publications;
    this.datasets = datasets;
    this.maps = maps;
    this.specs = specs;
    this.regions = regions;
    // the kinds with catalogue files of their own, then the kinds listed in products.json
    entries.put(ProductType.PUBLICATION, Collections.unmodifiableMap(publications));
    entries.put(ProductType.MICRODATA, Collections.unmodifiableMap(datasets));
    entries.put(ProductType.MAP, Collections.unmodifiableMap(maps));
    products.forEach((type, byId) -> entries.put(type, Collections.unmodifiableMap(byId)));
  }

  /** The entries of a kind by id, in catalogue order (empty when the kind has none). */
  public Map<String, CatalogEntry> entries(ProductType type) {
    return entries.getOrDefault(type, Map.of());
  }

  public String unitCode() {
    return unitCode;
  }

  public Map<String, Publication> publications() {
    return publications;
  }

  public Map<String, MicrodataDataset> datasets() {
    return datasets;
  }

  public Map<String, WksMap> maps() {
    return maps;
  }

  /** The generated data of a dataset, made at first use. */
  public SyntheticTable table(String datasetId) {
    return tables.computeIfAbsent(datasetId, id -> new SyntheticGenerator(specs.get(id), regions.get(id)).generate());
  }

  /** A bounded memo for callers that cache results derived from this snapshot. */
  @SuppressWarnings("unchecked")
  public <K, V> V memo(K key, java.util.function.Function<K, V> compute) {
    Object hit = memo.get(key);
    if (hit != null) {
      return (V) hit;
    }
    if (memo.size() > 10_000) {
      memo.clear();
    }
    V value = compute.apply(key);
    memo.put(key, value);
    return value;
  }

  /** Size and record count of an extract, computed once per selection. */
  public ExtractInfo extractInfo(ExtractSelection selection) {
    return extractInfos.computeIfAbsent(selection.key(), k -> Extracts.measure(table(selection.datasetId()), selection));
  }
}
