package id.go.bps.pst.tariff;

import id.go.bps.pst.catalog.PublicationFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One item of a quote request. Which fields count depends on {@code type} (see {@link QuoteItemType}).
 * {@code quantity} defaults to 1; {@code format} to SOFTCOPY; {@code processing} to false;
 * {@code tables} (number of tables for microdata with processing) to {@code quantity}, else 1.
 */
public record QuoteItem(
    QuoteItemType type,
    @Size(max = 80, message = "«id» paling banyak 80 karakter.") String id,
    PublicationFormat format,
    @Max(value = 1000, message = "«quantity» paling banyak 1000.") Long quantity,
    @Size(max = 500, message = "«variables» paling banyak 500 variabel.")
    List<@NotNull(message = "«variables» tidak boleh berisi nilai kosong.")
        @Size(max = 64, message = "Nama variabel paling banyak 64 karakter.") String> variables,
    @Size(max = 200, message = "«regions» paling banyak 200 wilayah.")
    List<@NotNull(message = "«regions» tidak boleh berisi nilai kosong.")
        @Size(max = 100, message = "Nama wilayah paling banyak 100 karakter.") String> regions,
    Boolean processing,
    @Max(value = 500, message = "«tables» paling banyak 500.") Long tables,
    @Max(value = 1_000_000_000_000L, message = "«bytes» paling banyak 1 TB.") Long bytes,
    @Max(value = 100_000, message = "«pages» paling banyak 100000.") Long pages) {

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
