package id.go.bps.pst.catalog.internal;

import id.go.bps.pst.catalog.internal.CatalogFiles.DatasetSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.GeneratorSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.RegionSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.RowMode;
import id.go.bps.pst.catalog.internal.CatalogFiles.VariableSpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the synthetic data of a dataset, deterministically: the same spec and seed always give the
 * same table (one {@link SplittableRandom} per dataset, drawn row by row, variable by variable).
 */
final class SyntheticGenerator {

  private final DatasetSpec dataset;
  private final List<RegionSpec> regions;

  SyntheticGenerator(DatasetSpec dataset, List<RegionSpec> regions) {
    this.dataset = dataset;
    this.regions = regions;
  }

  SyntheticTable generate() {
    int rows = dataset.records();
    List<VariableSpec> vars = dataset.variables();
    String[] names = vars.stream().map(VariableSpec::name).toArray(String[]::new);
    String[][] values = new String[vars.size()][rows];
    int[] rowRegion = new int[rows];
    int[] rowVillage = new int[rows];
    SplittableRandom rng = new SplittableRandom(dataset.seed());
    List<int[]> villages = villageList();
    if (dataset.rowMode() == RowMode.ONE_PER_VILLAGE && rows != villages.size()) {
      throw new IllegalStateException("Dataset " + dataset.id() + ": jumlah record harus sama dengan jumlah desa ("
          + villages.size() + ")");
    }
    for (int r = 0; r < rows; r++) {
      if (dataset.rowMode() == RowMode.ONE_PER_VILLAGE) {
        rowRegion[r] = villages.get(r)[0];
        rowVillage[r] = villages.get(r)[1];
      } else {
        rowRegion[r] = pickRegion(rng);
        rowVillage[r] = 1 + rng.nextInt(regions.get(rowRegion[r]).villages());
      }
      for (int c = 0; c < vars.size(); c++) {
        VariableSpec v = vars.get(c);
        String value = value(v, r, rowRegion[r], rowVillage[r], rng);
        if (value.getBytes(StandardCharsets.UTF_8).length > v.width()) {
          throw new IllegalStateException("Dataset " + dataset.id() + ", variabel " + v.name()
              + ": nilai '" + value + "' melebihi lebar " + v.width() + " byte");
        }
        values[c][r] = value;
      }
    }
    return new SyntheticTable(names, values, rowRegion);
  }

  private List<int[]> villageList() {
    List<int[]> list = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      for (int v = 1; v <= regions.get(i).villages(); v++) {
        list.add(new int[] {i, v});
      }
    }
    return list;
  }

  private int pickRegion(SplittableRandom rng) {
    double total = regions.stream().mapToDouble(RegionSpec::weight).sum();
    double x = rng.nextDouble() * total;
    for (int i = 0; i < regions.size(); i++) {
      x -= regions.get(i).weight();
      if (x < 0) {
        return i;
      }
    }
    return regions.size() - 1;
  }

  private String value(VariableSpec v, int row, int region, int village, SplittableRandom rng) {
    GeneratorSpec g = v.gen();
    boolean missing = g.missing() != null && rng.nextDouble() < g.missing();
    String value = switch (g.kind()) {
      case SEQUENCE -> pad(Integer.toString(row + 1), v.width());
      case REGION -> regions.get(region).code();
      case VILLAGE -> regions.get(region).code() + pad(Integer.toString(village), 3);
      case INTEGER -> Long.toString(g.min().longValue() + rng.nextLong(g.max().longValue() - g.min().longValue() + 1));
      case DECIMAL -> decimal(g, rng);
      case CATEGORY -> category(v, g, rng);
    };
    return missing ? "" : value;
  }

  private static String decimal(GeneratorSpec g, SplittableRandom rng) {
    int scale = g.scale() == null ? 0 : g.scale();
    long lo = BigDecimal.valueOf(g.min()).movePointRight(scale).longValueExact();
    long hi = BigDecimal.valueOf(g.max()).movePointRight(scale).longValueExact();
    return BigDecimal.valueOf(lo + rng.nextLong(hi - lo + 1), scale).toPlainString();
  }

  private static String category(VariableSpec v, GeneratorSpec g, SplittableRandom rng) {
    List<String> codes = new ArrayList<>(v.categories().keySet());
    if (g.weights() == null) {
      return codes.get(rng.nextInt(codes.size()));
    }
    double total = g.weights().stream().mapToDouble(Double::doubleValue).sum();
    double x = rng.nextDouble() * total;
    for (int i = 0; i < codes.size(); i++) {
      x -= g.weights().get(i);
      if (x < 0) {
        return codes.get(i);
      }
    }
    return codes.get(codes.size() - 1);
  }

  private static String pad(String s, int width) {
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
