package id.go.bps.pst.catalog;

/** A kecamatan (district) covered by a dataset. */
public record Region(String code, String name) {
}
