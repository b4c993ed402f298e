package id.go.bps.pst.catalog;

import java.util.List;

/**
 * The file delivered for a microdata item: which variables (dictionary order) and regions, how many
 * records, and its exact size in bytes in the delivery CSV format.
 */
public record MicrodataExtract(
    String datasetId,
    List<String> variables,
    List<String> regionCodes,
    boolean fullSet,
    boolean allRegions,
    int records,
    long sizeBytes) {
}
