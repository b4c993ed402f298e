package id.go.bps.pst.document;

import java.util.List;
import java.util.Objects;

/** One dataset covered by a usage agreement, with the ordered variables and regions. */
public record AgreementDataset(String title, List<String> variables, List<String> regions) {

  public AgreementDataset {
    Objects.requireNonNull(title, "title");
    variables = variables == null ? List.of() : List.copyOf(variables);
    regions = regions == null ? List.of() : List.copyOf(regions);
  }
}
