package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.internal.CatalogStore;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Browses the unit's catalogue: publications, microdata datasets and WKS maps. */
@Service
public class CatalogService {

  private final CatalogStore store;

  public CatalogService(CatalogProperties properties) {
    this.store = new CatalogStore(properties == null ? CatalogProperties.defaults() : properties);
  }

  /** The catalogue shipped on the classpath (for tests and tools). */
  public static CatalogService fromClasspath() {
    return new CatalogService(CatalogProperties.defaults());
  }

  CatalogStore store() {
    return store;
  }

  public String unitCode() {
    return store.snapshot().unitCode();
  }

  public List<Publication> publications() {
    return List.copyOf(store.snapshot().publications().values());
  }

  public Optional<Publication> publication(String id) {
    return Optional.ofNullable(id == null ? null : store.snapshot().publications().get(id));
  }

  public Publication requirePublication(String id) {
    return publication(id).orElseThrow(() -> new CatalogException(
        "Publikasi dengan id '" + id + "' tidak ada dalam katalog"));
  }

  public List<MicrodataDataset> microdataDatasets() {
    return List.copyOf(store.snapshot().datasets().values());
  }

  public Optional<MicrodataDataset> microdataDataset(String id) {
    return Optional.ofNullable(id == null ? null : store.snapshot().datasets().get(id));
  }

  public MicrodataDataset requireMicrodataDataset(String id) {
    return microdataDataset(id).orElseThrow(() -> new CatalogException(
        "Dataset data mikro dengan id '" + id + "' tidak ada dalam katalog"));
  }

  public List<WksMap> maps() {
    return List.copyOf(store.snapshot().maps().values());
  }

  public Optional<WksMap> map(String id) {
    return Optional.ofNullable(id == null ? null : store.snapshot().maps().get(id));
  }

  public WksMap requireMap(String id) {
    return map(id).orElseThrow(() -> new CatalogException(
        "Peta digital WKS dengan id '" + id + "' tidak ada dalam katalog"));
  }

  /**
   * Reads the catalogue files again (after the supervisor edited them). If a file is invalid the
   * exception names it and the previous catalogue stays in use.
   */
  public void reload() {
    store.reload();
  }
}
