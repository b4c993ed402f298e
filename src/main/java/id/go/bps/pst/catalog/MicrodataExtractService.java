package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.internal.CatalogSnapshot;
import id.go.bps.pst.catalog.internal.ExtractInfo;
import id.go.bps.pst.catalog.internal.ExtractSelection;
import id.go.bps.pst.catalog.internal.Extracts;
import id.go.bps.pst.catalog.internal.SyntheticTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Produces the microdata file exactly as delivered: CSV, UTF-8, header line, comma separator, '\n' line
 * ends, RFC 4180 quoting only where needed (see {@code catalog/internal/CsvFormat}).
 *
 * <p>An extract is chosen by dataset, variables ({@code null} = full set; kept in dictionary order) and
 * regions ({@code null} or empty = all kecamatan; by code or name). The size reported by
 * {@link #describe} is the exact byte count that {@link #write} produces.
 */
@Service
public class MicrodataExtractService {

  private final CatalogService catalog;

  public MicrodataExtractService(CatalogService catalog) {
    this.catalog = catalog;
  }

  /** Validates the choice and returns the extract's record count and exact size (cached per choice). */
  public MicrodataExtract describe(String datasetId, List<String> variables, List<String> regions) {
    return describe(null, datasetId, variables, regions);
  }

  /** As {@link #describe(String, List, List)} in the catalogue of the unit ({@code null}: the default unit). */
  public MicrodataExtract describe(String unitCode, String datasetId, List<String> variables, List<String> regions) {
    CatalogView view = catalog.forUnit(unitCode);
    CatalogSnapshot snapshot = view.snapshot();
    return snapshot.memo(new Request(datasetId, copy(variables), copy(regions)),
        r -> measure(view, snapshot, r.datasetId(), r.variables(), r.regions()));
  }

  private static MicrodataExtract measure(CatalogView view,
      CatalogSnapshot snapshot, String datasetId, List<String> variables, List<String> regions) {
    ExtractSelection sel = select(view, snapshot, datasetId, variables, regions);
    ExtractInfo info = snapshot.extractInfo(sel);
    return new MicrodataExtract(sel.datasetId(), sel.variableNames(), sel.regionCodes(), sel.fullSet(),
        sel.allRegions(), info.records(), info.sizeBytes());
  }

  /** The exact size in bytes of the delivered file. */
  public long size(String datasetId, List<String> variables, List<String> regions) {
    return describe(datasetId, variables, regions).sizeBytes();
  }

  /** The exact size in bytes of the delivered file, in the unit's catalogue. */
  public long size(String unitCode, String datasetId, List<String> variables, List<String> regions) {
    return describe(unitCode, datasetId, variables, regions).sizeBytes();
  }

  /** Writes the delivered file to {@code out} (not closed). */
  public void write(String datasetId, List<String> variables, List<String> regions, OutputStream out) {
    write(null, datasetId, variables, regions, out);
  }

  /** Writes the delivered file of the unit's catalogue to {@code out} (not closed). */
  public void write(String unitCode, String datasetId, List<String> variables, List<String> regions,
      OutputStream out) {
    CatalogView view = catalog.forUnit(unitCode);
    CatalogSnapshot snapshot = view.snapshot();
    ExtractSelection sel = select(view, snapshot, datasetId, variables, regions);
    Extracts.write(snapshot.table(sel.datasetId()), sel, out, -1);
  }

  /** The delivered file as bytes. */
  public byte[] bytes(String datasetId, List<String> variables, List<String> regions) {
    return bytes(null, datasetId, variables, regions);
  }

  /** The delivered file of the unit's catalogue as bytes. */
  public byte[] bytes(String unitCode, String datasetId, List<String> variables, List<String> regions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(unitCode, datasetId, variables, regions, out);
    return out.toByteArray();
  }

  /** The first {@code rows} records of the extract with the dictionary of its variables. */
  public MicrodataSample sample(String datasetId, List<String> variables, List<String> regions, int rows) {
    return sample(null, datasetId, variables, regions, rows);
  }

  /** The sample of an extract in the unit's catalogue. */
  public MicrodataSample sample(String unitCode, String datasetId, List<String> variables, List<String> regions,
      int rows) {
    if (rows < 0) {
      throw new CatalogException("Jumlah baris contoh data mikro tidak boleh negatif: " + rows);
    }
    CatalogView view = catalog.forUnit(unitCode);
    CatalogSnapshot snapshot = view.snapshot();
    ExtractSelection sel = select(view, snapshot, datasetId, variables, regions);
    MicrodataDataset dataset = snapshot.datasets().get(sel.datasetId());
    SyntheticTable table = snapshot.table(sel.datasetId());
    List<Variable> vars = new ArrayList<>();
    for (int c : sel.columns()) {
      vars.add(dataset.variables().get(c));
    }
    List<Region> chosenRegions = dataset.regions().stream()
        .filter(r -> sel.regionCodes().contains(r.code())).toList();
    return new MicrodataSample(dataset, List.copyOf(vars), chosenRegions, Extracts.rows(table, sel, rows),
        describe(unitCode, datasetId, variables, regions));
  }

  private static List<String> copy(List<String> list) {
    return list == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** The request as asked (before normalisation), the key of the memo. */
  private record Request(String datasetId, List<String> variables, List<String> regions) {
  }

  private static ExtractSelection select(CatalogView view,
      CatalogSnapshot snapshot, String datasetId, List<String> variables, List<String> regions) {
    MicrodataDataset dataset = snapshot.datasets().get(datasetId);
    if (dataset == null) {
      throw view.missing(id.go.bps.pst.common.ProductType.MICRODATA, datasetId);
    }
    List<Variable> dictionary = dataset.variables();
    boolean[] chosen = new boolean[dictionary.size()];
    if (variables == null) {
      java.util.Arrays.fill(chosen, true);
    } else if (variables.isEmpty()) {
      throw new CatalogException("Daftar variabel untuk dataset '" + datasetId
          + "' kosong; hilangkan 'variables' untuk memesan seluruh variabel (full set)");
    } else {
      for (String name : variables) {
        chosen[indexOfVariable(dataset, name)] = true;
      }
    }
    List<Integer> cols = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        cols.add(i);
        names.add(dictionary.get(i).name());
      }
    }
    List<Region> coverage = dataset.regions();
    boolean[] mask = new boolean[coverage.size()];
    if (regions == null || regions.isEmpty()) {
      java.util.Arrays.fill(mask, true);
    } else {
      for (String region : regions) {
        mask[indexOfRegion(dataset, region)] = true;
      }
    }
    List<String> codes = new ArrayList<>();
    boolean all = true;
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        codes.add(coverage.get(i).code());
      } else {
        all = false;
      }
    }
    return new ExtractSelection(dataset.id(), cols.stream().mapToInt(Integer::intValue).toArray(),
        List.copyOf(names), mask, List.copyOf(codes), cols.size() == dictionary.size(), all);
  }

  /** How many variable codes an unknown-variable message names. */
  private static final int KNOWN_VARIABLES_SHOWN = 40;

  private static int indexOfVariable(MicrodataDataset dataset, String name) {
    List<Variable> dictionary = dataset.variables();
    for (int i = 0; i < dictionary.size(); i++) {
      if (dictionary.get(i).name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return i;
      }
    }
    // the officer typed the code by hand in the cart: the message names the codes there are
    List<String> known = dictionary.stream().map(Variable::name).toList();
    String shown = known.size() <= KNOWN_VARIABLES_SHOWN ? String.join(", ", known)
        : String.join(", ", known.subList(0, KNOWN_VARIABLES_SHOWN)) + ", … (" + known.size()
            + " variabel; daftar lengkap di katalog data mikro)";
    throw new CatalogException("Variabel '" + name + "' tidak ada dalam dataset '" + dataset.id()
        + "' (variabel yang ada: " + shown + ")");
  }

  private static int indexOfRegion(MicrodataDataset dataset, String region) {
    String wanted = region == null ? "" : region.trim().toLowerCase(Locale.ROOT);
    List<Region> coverage = dataset.regions();
    for (int i = 0; i < coverage.size(); i++) {
      Region r = coverage.get(i);
      if (r.code().equals(wanted) || r.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    throw new CatalogException("Wilayah '" + region + "' tidak termasuk cakupan dataset '" + dataset.id()
        + "' (kecamatan: " + String.join(", ", coverage.stream().map(Region::name).toList()) + ")");
  }
}
