package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.internal.CatalogSnapshot;
import id.go.bps.pst.catalog.internal.CatalogStore;
import id.go.bps.pst.catalog.internal.CatalogStore.Kind;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue as one unit sells it: the shared entries, with the unit's own version of some of them
 * and the unit's own products (README "Units (tenants)"). Another unit's own product is not listed and
 * is refused by the {@code require…} lookups with an Indonesian message naming this unit.
 */
public final class CatalogView {

  private final CatalogStore store;
  private final CatalogSnapshot snapshot;
  private final String unitCode;
  private final String unitName;

  CatalogView(CatalogStore store, String unitCode, String unitName) {
    this.store = store;
    this.snapshot = store.snapshot(unitCode);
    this.unitCode = unitCode;
    this.unitName = unitName;
  }

  CatalogSnapshot snapshot() {
    return snapshot;
  }

  /** The unit whose view this is. */
  public String unitCode() {
    return unitCode;
  }

  public List<Publication> publications() {
    return List.copyOf(snapshot.publications().values());
  }

  public Optional<Publication> publication(String id) {
    return Optional.ofNullable(id == null ? null : snapshot.publications().get(id));
  }

  public Publication requirePublication(String id) {
    return publication(id).orElseThrow(() -> missing(Kind.PUBLICATION, id, "Publikasi"));
  }

  public List<MicrodataDataset> microdataDatasets() {
    return List.copyOf(snapshot.datasets().values());
  }

  public Optional<MicrodataDataset> microdataDataset(String id) {
    return Optional.ofNullable(id == null ? null : snapshot.datasets().get(id));
  }

  public MicrodataDataset requireMicrodataDataset(String id) {
    return microdataDataset(id).orElseThrow(() -> missing(Kind.MICRODATA, id, "Dataset data mikro"));
  }

  public List<WksMap> maps() {
    return List.copyOf(snapshot.maps().values());
  }

  public Optional<WksMap> map(String id) {
    return Optional.ofNullable(id == null ? null : snapshot.maps().get(id));
  }

  public WksMap requireMap(String id) {
    return map(id).orElseThrow(() -> missing(Kind.MAP, id, "Peta digital WKS"));
  }

  /** Whether the entry is this unit's own product (not in the shared catalogue). */
  public boolean isOwnProduct(String type, String id) {
    Kind kind = switch (type == null ? "" : type) {
      case "PUBLICATION" -> Kind.PUBLICATION;
      case "MICRODATA" -> Kind.MICRODATA;
      case "MAP" -> Kind.MAP;
      default -> null;
    };
    return kind != null && store.owners(kind, id).contains(unitCode);
  }

  CatalogException missing(Kind kind, String id, String what) {
    if (!store.owners(kind, id).isEmpty()) {
      return new CatalogException(what + " '" + id + "' tidak tersedia di " + unitName
          + " (produk unit lain)");
    }
    return new CatalogException(what + " dengan id '" + id + "' tidak ada dalam katalog");
  }
}
