package id.go.bps.pst.catalog.internal;

import java.util.List;

/**
 * A normalised extract request: columns in dictionary order (no duplicates) and a mask of regions
 * (by index in the dataset's region list).
 */
public record ExtractSelection(
    String datasetId,
    int[] columns,
    List<String> variableNames,
    boolean[] regionMask,
    List<String> regionCodes,
    boolean fullSet,
    boolean allRegions) {

  public String key() {
    return datasetId + '|' + String.join(",", variableNames) + '|' + String.join(",", regionCodes);
  }
}
