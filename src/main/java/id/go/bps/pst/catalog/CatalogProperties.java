package id.go.bps.pst.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue files are read from. By default the files shipped on the classpath
 * ({@code catalog/publications.json}, {@code catalog/microdata.json}, {@code catalog/maps.json}).
 * Set {@code pst.catalog.directory} to a folder holding the same three files to let the supervisor
 * edit them on the server, then call {@code POST /api/admin/catalog/reload}. A unit's own files (its own
 * products, its own version of shared entries) are in {@code units/<unitCode>/} of the same place
 * (classpath {@code catalog/units/<unitCode>/}), each optional.
 */
@ConfigurationProperties("pst.catalog")
public record CatalogProperties(String directory) {

  public static CatalogProperties defaults() {
    return new CatalogProperties(null);
  }
}
