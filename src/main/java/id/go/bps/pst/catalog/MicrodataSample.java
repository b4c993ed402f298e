package id.go.bps.pst.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The first rows of an extract with the dictionary of its variables: the material of the
 * "contoh data mikro" (microdata sample) document.
 *
 * @param rows raw values (not CSV-encoded), one list per record, in the order of {@code variables}
 * @param extract the whole extract these rows are taken from
 */
public record MicrodataSample(
    MicrodataDataset dataset, List<Variable> variables, List<Region> regions, List<List<String>> rows,
    MicrodataExtract extract) {

  /** The sample rows as CSV in the delivery format (header line included). */
  public byte[] csv() {
    StringBuilder sb = new StringBuilder();
    appendLine(sb, variables.stream().map(Variable::name).toList());
    rows.forEach(r -> appendLine(sb, r));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void appendLine(StringBuilder sb, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(id.go.bps.pst.catalog.internal.CsvFormat.encode(values.get(i)));
    }
    sb.append('\n');
  }
}
