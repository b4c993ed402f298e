package id.go.bps.pst.catalog;

import java.util.List;
import java.util.Optional;

/** A microdata dataset with its variable dictionary. Its data file is made by {@link MicrodataExtractService}. */
public record MicrodataDataset(
    String id,
    String survey,
    String title,
    int year,
    String unitOfObservation,
    int recordCount,
    List<Region> regions,
    List<Variable> variables) implements CatalogEntry {

  public MicrodataDataset {
    regions = List.copyOf(regions);
    variables = List.copyOf(variables);
  }

  @Override
  public String cartLabel() {
    return "Data mikro: " + title + " (" + recordCount + " record)";
  }

  @Override
  public List<String> details() {
    return List.of("Judul: " + title, "Survei: " + survey, "Tahun: " + year,
        "Unit observasi: " + unitOfObservation, "Jumlah record: " + recordCount);
  }

  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equalsIgnoreCase(name)).findFirst();
  }
}
