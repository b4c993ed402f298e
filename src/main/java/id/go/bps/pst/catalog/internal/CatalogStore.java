package id.go.bps.pst.catalog.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.catalog.CatalogProperties;
import id.go.bps.pst.catalog.MicrodataDataset;
import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.Region;
import id.go.bps.pst.catalog.Variable;
import id.go.bps.pst.catalog.WksMap;
import id.go.bps.pst.catalog.internal.CatalogFiles.DatasetSpec;
import id.go.bps.pst.catalog.internal.CatalogFiles.MapsFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.MicrodataFile;
import id.go.bps.pst.catalog.internal.CatalogFiles.PublicationsFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the three catalogue files and keeps the current {@link CatalogSnapshot}. */
public final class CatalogStore {

  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

  private final CatalogProperties properties;
  private volatile CatalogSnapshot snapshot;

  public CatalogStore(CatalogProperties properties) {
    this.properties = properties;
    this.snapshot = load();
  }

  public CatalogSnapshot snapshot() {
    return snapshot;
  }

  /** Reads the files again; the old snapshot stays in use if they are invalid. */
  public CatalogSnapshot reload() {
    snapshot = load();
    return snapshot;
  }

  private CatalogSnapshot load() {
    PublicationsFile pubs = read("publications.json", PublicationsFile.class);
    MicrodataFile micro = read("microdata.json", MicrodataFile.class);
    MapsFile mapsFile = read("maps.json", MapsFile.class);

    Map<String, Publication> publications = new LinkedHashMap<>();
    pubs.publications().forEach(p -> putUnique(publications, p.id(), p));
    Map<String, WksMap> maps = new LinkedHashMap<>();
    mapsFile.maps().forEach(m -> putUnique(maps, m.id(), m));

    List<Region> regions = micro.regions().stream().map(r -> new Region(r.code(), r.name())).toList();
    Map<String, MicrodataDataset> datasets = new LinkedHashMap<>();
    Map<String, DatasetSpec> specs = new LinkedHashMap<>();
    for (DatasetSpec d : micro.datasets()) {
      List<Variable> variables = d.variables().stream()
          .map(v -> new Variable(v.name(), v.label(), v.type(), v.width(), v.categories()))
          .toList();
      putUnique(datasets, d.id(), new MicrodataDataset(
          d.id(), d.survey(), d.title(), d.year(), d.unitOfObservation(), d.records(), regions, variables));
      specs.put(d.id(), d);
    }
    return new CatalogSnapshot(pubs.unitCode(), publications, datasets, maps, specs, micro.regions());
  }

  private static <T> void putUnique(Map<String, T> map, String id, T value) {
    if (map.putIfAbsent(id, value) != null) {
      throw new CatalogException("Id ganda dalam berkas katalog: " + id);
    }
  }

  private <T> T read(String file, Class<T> type) {
    try (InputStream in = open(file)) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new CatalogException("Berkas katalog " + file + " tidak dapat dibaca: " + e.getMessage(), e);
    }
  }

  private InputStream open(String file) throws IOException {
    if (properties.directory() != null && !properties.directory().isBlank()) {
      return Files.newInputStream(Path.of(properties.directory(), file));
    }
    InputStream in = CatalogStore.class.getClassLoader().getResourceAsStream("catalog/" + file);
    if (in == null) {
      throw new IOException("catalog/" + file + " tidak ada di classpath");
    }
    return in;
  }
}
