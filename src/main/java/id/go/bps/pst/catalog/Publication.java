package id.go.bps.pst.catalog;

import java.util.Set;

/** A publication in the unit's catalogue. {@code formats} are the formats the unit can deliver. */
public record Publication(String id, String title, int year, int pages, Set<PublicationFormat> formats) {

  public Publication {
    formats = Set.copyOf(formats);
  }
}
