package id.go.bps.pst.catalog;

/** A request names something the catalogue does not hold (message in Bahasa Indonesia). */
public class CatalogException extends RuntimeException {

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
