package id.go.bps.pst.common;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of product the unit sells. An order line, a download file and a report group name one of
 * these. What differs per kind is either a property given here (the constructor makes each new kind say
 * it) or a {@code switch} expression over this enum without a {@code default}, so adding a kind makes the
 * compiler name each place that must handle it (README "Adding a product type"). Stored by name
 * ({@code PUBLICATION}, ...) in string columns.
 */
public enum ProductType {
  /** A catalogue publication, electronic (softcopy) or printed (hardcopy). */
  PUBLICATION("Publikasi", "Publikasi", "publikasi", true, Delivery.GENERATED_PDF),
  /** An extract of a catalogue microdata dataset: chosen variables and regions. */
  MICRODATA("Data mikro", "Dataset data mikro", "mikrodata", false, Delivery.EXTRACT_CSV),
  /** A digital WKS map (census block map) from the catalogue. */
  MAP("Peta digital WKS", "Peta digital WKS", "peta wilayah kerja statistik", false, Delivery.GENERATED_PDF);

  /** What the download file of a line of this kind is (a hardcopy line has none). */
  public enum Delivery {
    /** The extract of the ordered variables and regions, as CSV. */
    EXTRACT_CSV,
    /** A PDF generated from the catalogue entry's metadata, labelled as generated. */
    GENERATED_PDF
  }

  private final String label;
  private final String entryName;
  private final String salesNoun;
  private final boolean formats;
  private final Delivery delivery;

  ProductType(String label, String entryName, String salesNoun, boolean formats, Delivery delivery) {
    this.label = label;
    this.entryName = entryName;
    this.salesNoun = salesNoun;
    this.formats = formats;
    this.delivery = delivery;
  }

  /** The Indonesian name people read. */
  public String label() {
    return label;
  }

  /** What a catalogue entry of this kind is called in messages ("Dataset data mikro 'x' ..."). */
  public String entryName() {
    return entryName;
  }

  /** The noun after "tidak melayani penjualan" when a unit does not sell this kind. */
  public String salesNoun() {
    return salesNoun;
  }

  /** True when a line of this kind is sold as SOFTCOPY or HARDCOPY (a hardcopy is collected, no file). */
  public boolean hasFormats() {
    return formats;
  }

  public Delivery delivery() {
    return delivery;
  }

  /** The groups of the sales report: kinds with formats split by format, the others as they are. */
  public List<String> reportGroups() {
    return formats ? List.of(name() + "_SOFTCOPY", name() + "_HARDCOPY") : List.of(name());
  }

  /** The report group of a line of this kind in the given format (HARDCOPY, SOFTCOPY or null). */
  public String reportGroup(String format) {
    return formats ? name() + ("HARDCOPY".equals(format) ? "_HARDCOPY" : "_SOFTCOPY") : name();
  }

  /**
   * The process variable the decision tables read, true when the sale has a line of this kind:
   * {@code hasPublication}, {@code hasMicrodata}, {@code hasMap}.
   */
  public String processVariable() {
    String lower = name().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder("has");
    for (String part : lower.split("_")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
