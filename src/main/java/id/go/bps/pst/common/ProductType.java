package id.go.bps.pst.common;

/**
 * The kinds of product the unit sells. An order line, a download file and a report group name one of
 * these; every place that behaves differently per kind is a {@code switch} expression over this enum
 * without a {@code default}, so adding a kind makes the compiler name each place that must handle it
 * (README "Adding a product type"). Stored by name ({@code PUBLICATION}, ...) in string columns.
 */
public enum ProductType {
  /** A catalogue publication, electronic (softcopy) or printed (hardcopy). */
  PUBLICATION("Publikasi"),
  /** An extract of a catalogue microdata dataset: chosen variables and regions. */
  MICRODATA("Data mikro"),
  /** A digital WKS map (census block map) from the catalogue. */
  MAP("Peta digital WKS");

  private final String label;

  ProductType(String label) {
    this.label = label;
  }

  /** The Indonesian name people read. */
  public String label() {
    return label;
  }
}
