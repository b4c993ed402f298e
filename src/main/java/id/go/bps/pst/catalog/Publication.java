package id.go.bps.pst.catalog;

import java.util.Set;

/** A publication in the unit's catalogue. {@code formats} are the formats the unit can deliver. */
public record Publication(String id, String title, int year, int pages, Set<PublicationFormat> formats)
    implements CatalogEntry {

  public Publication {
    formats = Set.copyOf(formats);
  }

  @Override
  public String cartLabel() {
    return "Publikasi: " + title + " (" + pages + " hlm)";
  }

  @Override
  public java.util.List<String> details() {
    return java.util.List.of("Judul: " + title, "Tahun: " + year, "Jumlah halaman: " + pages);
  }
}
