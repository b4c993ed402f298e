package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.PublicationFormat;
import java.util.List;

/**
 * One item of a quote request. Which fields count depends on {@code type} (see {@link QuoteItemType}).
 * {@code quantity} defaults to 1; {@code format} to SOFTCOPY; {@code processing} to false;
 * {@code tables} (number of tables for microdata with processing) to {@code quantity}, else 1.
 */
public record QuoteItem(
    QuoteItemType type,
    String id,
    PublicationFormat format,
    Long quantity,
    List<String> variables,
    List<String> regions,
    Boolean processing,
    Long tables,
    Long bytes,
    Long pages) {

  public static QuoteItem publication(String id, PublicationFormat format, long quantity) {
    return new QuoteItem(QuoteItemType.PUBLICATION, id, format, quantity, null, null, null, null, null, null);
  }

  public static QuoteItem microdata(String id, List<String> variables, List<String> regions) {
    return new QuoteItem(QuoteItemType.MICRODATA, id, null, null, variables, regions, false, null, null, null);
  }

  public static QuoteItem microdataProcessing(String id, List<String> variables, List<String> regions, long tables) {
    return new QuoteItem(QuoteItemType.MICRODATA, id, null, null, variables, regions, true, tables, null, null);
  }

  public static QuoteItem map(String id, long quantity) {
    return new QuoteItem(QuoteItemType.MAP, id, null, quantity, null, null, null, null, null, null);
  }

  public static QuoteItem microdataSize(long bytes, boolean processing) {
    return new QuoteItem(QuoteItemType.MICRODATA_SIZE, null, null, null, null, null, processing, null, bytes, null);
  }

  public static QuoteItem publicationPages(long pages) {
    return new QuoteItem(QuoteItemType.PUBLICATION_PAGES, null, null, null, null, null, null, null, null, pages);
  }
}
