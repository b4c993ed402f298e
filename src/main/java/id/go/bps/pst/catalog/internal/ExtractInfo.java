package id.go.bps.pst.catalog.internal;

/** Exact size in bytes and number of data records of one extract. */
public record ExtractInfo(long sizeBytes, int records) {
}
