package id.go.bps.pst.common;

/**
 * A value of a fixed set with an Indonesian label that people read (a status, a kind, a category). The visitor's
 * pages show it in the visitor's language through the message bundles: key {@code label.<Enum>.<CONSTANT>}, whose
 * Indonesian text in {@code messages.properties} is this label (see {@code common.web.VisitorText}).
 */
public interface Labelled {

  /** The Indonesian label: what Tasklist, reports, documents and the audit trail show. */
  String label();
}
