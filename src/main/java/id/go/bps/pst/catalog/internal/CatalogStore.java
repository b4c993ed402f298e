package id.go.bps.pst.catalog.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.catalog.CatalogProduct;
import id.go.bps.pst.catalog.CatalogProperties;
import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.catalog.MicrodataDataset;
import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.Region;
import id.go.bps.pst.catalog.Variable;
import id.go.bps.pst.catalog.WksMap;
import id.go.bps.pst.catalog.internal.CatalogFiles.DatasetSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.MapsFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.MicrodataFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.ProductsFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.PublicationsFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.RegionSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the shared catalogue files and each unit's own files ({@code units/<code>/…}) and keeps the
 * current {@link CatalogSnapshot} of the shared catalogue and of every unit with files of its own.
 *
 * <p>A unit's entry with a new id is that unit's own product; one with the id of a shared entry replaces
 * it for that unit. A unit whose files cannot be read keeps the shared catalogue (logged, never fatal);
 * invalid shared files stop the load (at start-up) or leave the previous catalogue in use (reload).
 */
public final class CatalogStore {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
  static final List<String> FILES = List.of("publications.json", "microdata.json", "maps.json", "products.json");
  private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Za-z_-]{1,20}");

  /** The kinds with catalogue files of their own; every other kind is listed in products.json. */
  private static final Set<ProductType> OWN_FILES =
      java.util.EnumSet.of(ProductType.PUBLICATION, ProductType.MICRODATA, ProductType.MAP);

  /** Everything loaded at once: replaced as a whole on reload. */
  private record State(CatalogSnapshot shared, Map<String, CatalogSnapshot> units,
      Map<ProductType, Map<String, Set<String>>> owners, Map<String, String> problems) {
  }

  private final CatalogProperties properties;
  private volatile State state;

  public CatalogStore(CatalogProperties properties) {
    this.properties = properties;
    this.state = load();
  }

  /** The shared catalogue. */
  public CatalogSnapshot snapshot() {
    return state.shared();
  }

  /** The catalogue as the unit sells it: the shared one with the unit's own files over it. */
  public CatalogSnapshot snapshot(String unitCode) {
    State s = state;
    return unitCode == null ? s.shared() : s.units().getOrDefault(unitCode, s.shared());
  }

  /** The units whose own product this id is (never those where it only replaces a shared entry). */
  public Set<String> owners(ProductType kind, String id) {
    return id == null || kind == null ? Set.of() : state.owners().get(kind).getOrDefault(id, Set.of());
  }

  /** Units with catalogue files of their own that are in use, by code. */
  public Set<String> unitsWithFiles() {
    return Collections.unmodifiableSet(new TreeSet<>(state.units().keySet()));
  }

  /** The units whose files could not be used at the last (re)load, with the reason (the file named). */
  public Map<String, String> problems() {
    return state.problems();
  }

  /** Reads the files again; the old catalogue stays in use if the shared files are invalid. */
  public CatalogSnapshot reload() {
    state = load();
    return state.shared();
  }

  private State load() {
    Parsed shared = new Parsed(
        read("publications.json", PublicationsFile.class),
        read("microdata.json", MicrodataFile.class),
        read("maps.json", MapsFile.class),
        readOptional("products.json", ProductsFile.class));
    if (shared.pubs() == null || shared.micro() == null || shared.maps() == null) {
      throw new CatalogException("Berkas katalog bersama tidak lengkap (publications.json, microdata.json, maps.json)");
    }
    CatalogSnapshot sharedSnapshot = build(shared.pubs().unitCode(), shared, null, null);
    Map<String, CatalogSnapshot> units = new LinkedHashMap<>();
    Map<ProductType, Map<String, Set<String>>> owners = new HashMap<>();
    for (ProductType k : ProductType.values()) {
      owners.put(k, new HashMap<>());
    }
    Map<String, String> problems = new TreeMap<>();
    for (Map.Entry<String, Map<String, Source>> unit : unitFiles().entrySet()) {
      String code = unit.getKey();
      String current = null;
      try {
        Map<String, Source> files = unit.getValue();
        current = files.containsKey("publications.json") ? files.get("publications.json").name() : null;
        PublicationsFile pubs = readUnit(files, "publications.json", PublicationsFile.class, code);
        current = files.containsKey("microdata.json") ? files.get("microdata.json").name() : null;
        MicrodataFile micro = readUnit(files, "microdata.json", MicrodataFile.class, code);
        current = files.containsKey("maps.json") ? files.get("maps.json").name() : null;
        MapsFile maps = readUnit(files, "maps.json", MapsFile.class, code);
        current = files.containsKey("products.json") ? files.get("products.json").name() : null;
        ProductsFile products = readUnit(files, "products.json", ProductsFile.class, code);
        current = null;
        Map<ProductType, Set<String>> own = new HashMap<>();
        CatalogSnapshot merged = build(code, shared, new Parsed(pubs, micro, maps, products), own);
        units.put(code, merged);
        own.forEach((kind, ids) -> ids.forEach(id ->
            owners.get(kind).computeIfAbsent(id, x -> new TreeSet<>()).add(code)));
        LOG.info("Catalogue of unit {}: own files {} ({} own products)", code, files.keySet(),
            own.values().stream().mapToInt(Set::size).sum());
      } catch (RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (current == null) {
          // a merge error names the file only ("maps.json: …"): name the unit's file in full
          for (Map.Entry<String, Source> f : unit.getValue().entrySet()) {
            if (message.startsWith(f.getKey() + ":")) {
              current = f.getValue().name();
              message = message.substring(f.getKey().length() + 1).strip();
            }
          }
        }
        String where = current != null ? current : "units/" + code + "/";
        if (!message.contains(where)) {
          message = where + ": " + message;
        }
        problems.put(code, message);
        LOG.error("Catalogue files of unit {} are not used, the unit keeps the shared catalogue: {}", code, message);
      }
    }
    Map<ProductType, Map<String, Set<String>>> frozen = new HashMap<>();
    owners.forEach((k, m) -> {
      Map<String, Set<String>> copy = new HashMap<>();
      m.forEach((id, set) -> copy.put(id, Collections.unmodifiableSet(set)));
      frozen.put(k, Map.copyOf(copy));
    });
    return new State(sharedSnapshot, Map.copyOf(units), Map.copyOf(frozen), Collections.unmodifiableMap(problems));
  }

  private record Parsed(PublicationsFile pubs, MicrodataFile micro, MapsFile maps, ProductsFile products) {
  }

  /**
   * The shared entries with the unit's over them (same id: replaced in place; new id: added after, and
   * recorded in {@code own}). Without a unit ({@code unit == null}) the shared catalogue itself.
   */
  private static CatalogSnapshot build(String unitCode, Parsed shared, Parsed unit, Map<ProductType, Set<String>> own) {
    Map<String, Publication> publications = new LinkedHashMap<>();
    list(shared.pubs().publications()).forEach(p -> putUnique(publications, p.id(), p, "publications.json"));
    Map<String, WksMap> maps = new LinkedHashMap<>();
    list(shared.maps().maps()).forEach(m -> putUnique(maps, m.id(), m, "maps.json"));
    List<RegionSpec> sharedRegions = list(shared.micro().regions());
    Map<String, DatasetSpec> specs = new LinkedHashMap<>();
    Map<String, List<RegionSpec>> regions = new HashMap<>();
    Map<ProductType, Map<String, CatalogProduct>> products = new java.util.EnumMap<>(ProductType.class);
    for (CatalogProduct p : products(shared.products())) {
      putUnique(products.computeIfAbsent(p.type(), t -> new LinkedHashMap<>()), p.id(), p, "products.json");
    }
    for (DatasetSpec d : list(shared.micro().datasets())) {
      putUnique(specs, d.id(), d, "microdata.json");
      regions.put(d.id(), sharedRegions);
    }
    if (unit != null) {
      if (unit.pubs() != null) {
        overlay(publications, list(unit.pubs().publications()), Publication::id, "publications.json",
            own.computeIfAbsent(ProductType.PUBLICATION, k -> new TreeSet<>()));
      }
      if (unit.maps() != null) {
        overlay(maps, list(unit.maps().maps()), WksMap::id, "maps.json",
            own.computeIfAbsent(ProductType.MAP, k -> new TreeSet<>()));
      }
      if (unit.micro() != null) {
        List<RegionSpec> unitRegions = list(unit.micro().regions()).isEmpty()
            ? sharedRegions : list(unit.micro().regions());
        List<DatasetSpec> datasets = list(unit.micro().datasets());
        overlay(specs, datasets, DatasetSpec::id, "microdata.json",
            own.computeIfAbsent(ProductType.MICRODATA, k -> new TreeSet<>()));
        datasets.forEach(d -> regions.put(d.id(), unitRegions));
      }
      if (unit.products() != null) {
        Map<ProductType, List<CatalogProduct>> byType = new java.util.EnumMap<>(ProductType.class);
        products(unit.products()).forEach(p -> byType.computeIfAbsent(p.type(), t -> new java.util.ArrayList<>()).add(p));
        byType.forEach((type, entries) -> overlay(products.computeIfAbsent(type, t -> new LinkedHashMap<>()), entries,
            CatalogProduct::id, "products.json", own.computeIfAbsent(type, k -> new TreeSet<>())));
      }
    }
    Map<String, MicrodataDataset> datasets = new LinkedHashMap<>();
    for (DatasetSpec d : specs.values()) {
      if (d.variables() == null || d.variables().isEmpty()) {
        throw new CatalogException("microdata.json: dataset '" + d.id() + "' tanpa variabel");
      }
      List<Variable> variables = d.variables().stream()
          .map(v -> new Variable(v.name(), v.label(), v.type(), v.width(), v.categories()))
          .toList();
      List<Region> coverage = regions.get(d.id()).stream().map(r -> new Region(r.code(), r.name())).toList();
      datasets.put(d.id(), new MicrodataDataset(
          d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.records(), coverage, variables));
    }
    return new CatalogSnapshot(unitCode, publications, datasets, maps, products, specs, regions);
  }

  private static <T> void overlay(Map<String, T> target, List<T> entries, java.util.function.Function<T, String> id,
      String file, Set<String> own) {
    Set<String> seen = new java.util.HashSet<>();
    for (T entry : entries) {
      String key = id.apply(entry);
      if (key == null || key.isBlank()) {
        throw new CatalogException(file + ": entri tanpa id");
      }
      if (!seen.add(key)) {
        throw new CatalogException(file + ": id ganda " + key);
      }
      if (target.put(key, entry) == null) {
        own.add(key);
      }
    }
  }

  /** The entries of a products.json: each names a kind without a catalogue file of its own. */
  private static List<CatalogProduct> products(ProductsFile file) {
    List<CatalogProduct> products = file == null ? List.of() : list(file.products());
    for (CatalogProduct p : products) {
      if (p.type() == null) {
        throw new CatalogException("products.json: entri " + p.id() + " tanpa jenis produk (type)");
      }
      if (OWN_FILES.contains(p.type())) {
        throw new CatalogException("products.json: entri " + p.id() + " berjenis " + p.type()
            + ", yang punya berkas katalog sendiri");
      }
    }
    return products;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> void putUnique(Map<String, T> map, String id, T value, String file) {
    if (id == null || id.isBlank()) {
      throw new CatalogException("Entri tanpa id dalam berkas katalog " + file);
    }
    if (map.putIfAbsent(id, value) != null) {
      throw new CatalogException("Id ganda dalam berkas katalog: " + id);
    }
  }

  private <T> T readUnit(Map<String, Source> files, String file, Class<T> type, String code) {
    Source source = files.get(file);
    if (source == null) {
      return null;
    }
    T value = parse(source, type);
    String declared = value instanceof PublicationsFile p ? p.unitCode()
        : value instanceof MicrodataFile m ? m.unitCode()
        : value instanceof MapsFile m ? m.unitCode()
        : value instanceof ProductsFile p ? p.unitCode() : null;
    if (declared != null && !declared.isBlank() && !declared.strip().equals(code)) {
      throw new CatalogException(source.name() + ": unitCode " + declared + " tidak sama dengan folder unit " + code);
    }
    return value;
  }

  private <T> T read(String file, Class<T> type) {
    return parse(sharedSource(file), type);
  }

  /** A shared file that may be absent (null then). */
  private <T> T readOptional(String file, Class<T> type) {
    boolean exists = fromDirectory() ? Files.exists(Path.of(properties.directory(), file))
        : CatalogStore.class.getClassLoader().getResource("catalog/" + file) != null;
    return exists ? read(file, type) : null;
  }

  private static <T> T parse(Source source, Class<T> type) {
    try (InputStream in = source.open().open()) {
      T value = JSON.readValue(in, type);
      if (value == null) {
        throw new CatalogException("Berkas katalog " + source.name() + " kosong");
      }
      return value;
    } catch (IOException e) {
      throw new CatalogException("Berkas katalog " + source.name() + " tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  /** A catalogue file and how to open it; {@code name} is what messages and logs show. */
  private record Source(String name, Opener open) {
  }

  private boolean fromDirectory() {
    return properties.directory() != null && !properties.directory().isBlank();
  }

  private Source sharedSource(String file) {
    if (fromDirectory()) {
      Path path = Path.of(properties.directory(), file);
      return new Source(path.toString(), () -> Files.newInputStream(path));
    }
    return new Source("catalog/" + file + " (classpath)", () -> {
      InputStream in = CatalogStore.class.getClassLoader().getResourceAsStream("catalog/" + file);
      if (in == null) {
        throw new IOException("catalog/" + file + " tidak ada di classpath");
      }
      return in;
    });
  }

  /** The units' own files by unit code: {@code <directory>/units/<code>/} or classpath {@code catalog/units/<code>/}. */
  private Map<String, Map<String, Source>> unitFiles() {
    Map<String, Map<String, Source>> found = new TreeMap<>();
    if (fromDirectory()) {
      Path root = Path.of(properties.directory(), "units");
      if (!Files.isDirectory(root)) {
        return found;
      }
      try (Stream<Path> dirs = Files.list(root)) {
        for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
          String code = dir.getFileName().toString();
          if (!UNIT_CODE.matcher(code).matches()) {
            LOG.warn("Catalogue folder {} is ignored: not a unit code", dir);
            continue;
          }
          Map<String, Source> files = new LinkedHashMap<>();
          for (String file : FILES) {
            Path path = dir.resolve(file);
            if (Files.exists(path)) {
              files.put(file, new Source(path.toString(), () -> Files.newInputStream(path)));
            }
          }
          if (!files.isEmpty()) {
            found.put(code, files);
          }
        }
      } catch (IOException e) {
        LOG.error("Catalogue folder {} cannot be listed, every unit keeps the shared catalogue: {}", root, e.getMessage());
      }
      return found;
    }
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver(CatalogStore.class.getClassLoader())
          .getResources("classpath*:catalog/units/*/*.json");
      for (Resource r : resources) {
        String url = r.getURL().toString();
        String[] parts = url.split("/");
        if (parts.length < 2) {
          continue;
        }
        String file = parts[parts.length - 1];
        String code = parts[parts.length - 2];
        if (!FILES.contains(file) || !UNIT_CODE.matcher(code).matches()) {
          LOG.warn("Catalogue resource {} is ignored", url);
          continue;
        }
        found.computeIfAbsent(code, c -> new LinkedHashMap<>())
            .putIfAbsent(file, new Source("catalog/units/" + code + "/" + file + " (classpath)", r::getInputStream));
      }
    } catch (IOException e) {
      LOG.error("Classpath catalog/units/ cannot be listed, every unit keeps the shared catalogue: {}", e.getMessage());
    }
    return found;
  }
}
