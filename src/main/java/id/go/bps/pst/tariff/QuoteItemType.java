package id.go.bps.pst.tariff;

/** Kinds of item in a quote request. */
public enum QuoteItemType {
  /** A catalogue publication: id, format, quantity. */
  PUBLICATION,
  /** A catalogue microdata dataset: id, variables (absent = full set), regions, processing, tables. */
  MICRODATA,
  /** A catalogue WKS map: id, quantity. */
  MAP,
  /** A microdata tariff check without a catalogue entry: bytes, processing, tables. */
  MICRODATA_SIZE,
  /** An electronic publication tariff check without a catalogue entry: pages, quantity. */
  PUBLICATION_PAGES
}
