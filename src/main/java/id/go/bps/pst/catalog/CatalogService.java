package id.go.bps.pst.catalog;

import id.go.bps.pst.catalog.internal.CatalogStore;
import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Browses the catalogue: publications, microdata datasets and WKS maps. {@link #forUnit} is the view of
 * one unit (shared files plus the unit's own, README "Units (tenants)"); the methods here without a unit
 * are the default unit's view.
 */
@Service
public class CatalogService {

  private final CatalogStore store;
  private UnitDirectory units;

  public CatalogService(CatalogProperties properties) {
    this.store = new CatalogStore(properties == null ? CatalogProperties.defaults() : properties);
  }

  /** The units' names and the default unit (set by Spring; absent in plain unit tests). */
  @Autowired(required = false)
  void setUnits(UnitDirectory units) {
    this.units = units;
  }

  /** The catalogue shipped on the classpath (for tests and tools). */
  public static CatalogService fromClasspath() {
    return new CatalogService(CatalogProperties.defaults());
  }

  CatalogStore store() {
    return store;
  }

  /** The unit code named in the shared catalogue files. */
  public String unitCode() {
    return store.snapshot().unitCode();
  }

  /** The code of the default unit ({@code pst.unit.code}); the shared files' unit without units. */
  public String defaultUnitCode() {
    return units != null ? units.defaultUnit().code() : store.snapshot().unitCode();
  }

  /** The catalogue as this unit sells it; {@code null} or blank: the default unit. */
  public CatalogView forUnit(String unitCode) {
    String code = unitCode == null || unitCode.isBlank() ? defaultUnitCode() : unitCode.strip();
    String name = units == null ? null : units.find(code).map(Unit::name).orElse(null);
    return new CatalogView(store, code, name != null ? name : "unit " + code);
  }

  public List<Publication> publications() {
    return forUnit(null).publications();
  }

  public Optional<Publication> publication(String id) {
    return forUnit(null).publication(id);
  }

  public Publication requirePublication(String id) {
    return forUnit(null).requirePublication(id);
  }

  public List<MicrodataDataset> microdataDatasets() {
    return forUnit(null).microdataDatasets();
  }

  public Optional<MicrodataDataset> microdataDataset(String id) {
    return forUnit(null).microdataDataset(id);
  }

  public MicrodataDataset requireMicrodataDataset(String id) {
    return forUnit(null).requireMicrodataDataset(id);
  }

  public List<WksMap> maps() {
    return forUnit(null).maps();
  }

  public Optional<WksMap> map(String id) {
    return forUnit(null).map(id);
  }

  public WksMap requireMap(String id) {
    return forUnit(null).requireMap(id);
  }

  /** Units whose own catalogue files are in use. */
  public Set<String> unitsWithOwnFiles() {
    return store.unitsWithFiles();
  }

  /** Units whose files could not be used at the last (re)load (they sell the shared catalogue), with why. */
  public Map<String, String> unitFileProblems() {
    return store.problems();
  }

  /**
   * Reads the catalogue files again (after the supervisor edited them), the units' files included. If a
   * shared file is invalid the exception names it and the previous catalogue stays in use; an invalid unit
   * file leaves that unit on the shared catalogue ({@link #unitFileProblems()}).
   */
  public void reload() {
    store.reload();
  }
}
