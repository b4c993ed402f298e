package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.internal.CatalogSnapshot;
import id.go.bps.pst.catalog.internal.CatalogStore;
import id.go.bps.pst.common.ProductType;
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
    return publication(id).orElseThrow(() -> missing(ProductType.PUBLICATION, id));
  }

  public List<MicrodataDataset> microdataDatasets() {
    return List.copyOf(snapshot.datasets().values());
  }

  public Optional<MicrodataDataset> microdataDataset(String id) {
    return Optional.ofNullable(id == null ? null : snapshot.datasets().get(id));
  }

  public MicrodataDataset requireMicrodataDataset(String id) {
    return microdataDataset(id).orElseThrow(() -> missing(ProductType.MICRODATA, id));
  }

  public List<WksMap> maps() {
    return List.copyOf(snapshot.maps().values());
  }

  public Optional<WksMap> map(String id) {
    return Optional.ofNullable(id == null ? null : snapshot.maps().get(id));
  }

  public WksMap requireMap(String id) {
    return map(id).orElseThrow(() -> missing(ProductType.MAP, id));
  }

  /** The entries of a kind, in catalogue order: publications, datasets, maps, or products.json's entries. */
  public List<CatalogEntry> entries(ProductType type) {
    return List.copyOf(snapshot.entries(type).values());
  }

  public Optional<CatalogEntry> entry(ProductType type, String id) {
    return Optional.ofNullable(id == null ? null : snapshot.entries(type).get(id));
  }

  /** The entry of any kind, refused as {@link #requirePublication} and the others are. */
  public CatalogEntry require(ProductType type, String id) {
    return entry(type, id).orElseThrow(() -> missing(type, id));
  }

  /** Whether the entry is this unit's own product (not in the shared catalogue). */
  public boolean isOwnProduct(ProductType type, String id) {
    return type != null && store.owners(type, id).contains(unitCode);
  }

  CatalogException missing(ProductType kind, String id) {
    String what = kind.entryName();
    if (!store.owners(kind, id).isEmpty()) {
      return new CatalogException(what + " '" + id + "' tidak tersedia di " + unitName
          + " (produk unit lain)");
    }
    return new CatalogException(what + " dengan id '" + id + "' tidak ada dalam katalog");
  }
}
