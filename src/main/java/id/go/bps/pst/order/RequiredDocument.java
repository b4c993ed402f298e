package id.go.bps.pst.order;

/**
 * A document the visitor must hand over for the request, as the DMN required-documents decided it,
 * and whether the visitor has handed it over.
 */
public record RequiredDocument(String code, String name, boolean submitted) {

  public RequiredDocument(String code, String name) {
    this(code, name, false);
  }
}
