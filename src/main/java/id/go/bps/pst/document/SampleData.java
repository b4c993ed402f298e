package id.go.bps.pst.document;

import java.util.List;
import java.util.Objects;

/**
 * A microdata sample: the first records of the real extract, reduced to the ordered variables.
 *
 * @param sampleNumber the number to print, or null to let this module allocate one
 * @param variables the ordered variables, in the order the visitor will receive them
 * @param regions the ordered regions (may be empty)
 * @param header column names of {@code rows}, as in the extract (may hold more columns than ordered)
 * @param rows records of the extract; only the first {@code pst.documents.sample-rows} are used
 */
public record SampleData(
    String requestNumber,
    String sampleNumber,
    String datasetTitle,
    List<VariableInfo> variables,
    List<String> regions,
    List<String> header,
    List<List<String>> rows) implements DocumentData {

  @Override
  public DocumentKind kind() {
    return DocumentKind.MICRODATA_SAMPLE;
  }

  @Override
  public String number() {
    return sampleNumber;
  }


  public SampleData {
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(datasetTitle, "datasetTitle");
    variables = List.copyOf(variables);
    regions = regions == null ? List.of() : List.copyOf(regions);
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("a sample needs at least one variable");
    }
    for (VariableInfo v : variables) {
      if (!header.contains(v.name())) {
        throw new IllegalArgumentException("variable " + v.name() + " is not in the extract");
      }
    }
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("every row needs " + header.size() + " values");
      }
    }
  }
}
