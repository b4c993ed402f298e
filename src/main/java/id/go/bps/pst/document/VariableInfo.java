package id.go.bps.pst.document;

import java.util.Objects;

/** One variable of a microdata dataset, for the data dictionary. */
public record VariableInfo(String name, String label, String type, Integer width) {

  public VariableInfo {
    Objects.requireNonNull(name, "name");
  }
}
