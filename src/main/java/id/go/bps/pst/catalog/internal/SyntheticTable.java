package id.go.bps.pst.catalog.internal;

/**
 * A generated microdata table held in memory, column by column, with the encoded size of every cell
 * so that the size of any extract is a sum, not a rewrite.
 */
public final class SyntheticTable {

  private final String[] names;
  private final String[][] values;
  private final int[][] cellBytes;
  private final int[] rowRegion;

  SyntheticTable(String[] names, String[][] values, int[] rowRegion) {
    this.names = names;
    this.values = values;
    this.rowRegion = rowRegion;
    this.cellBytes = new int[values.length][];
    for (int c = 0; c < values.length; c++) {
      cellBytes[c] = new int[values[c].length];
      for (int r = 0; r < values[c].length; r++) {
        cellBytes[c][r] = CsvFormat.encodedLength(values[c][r]);
      }
    }
  }

  public int rowCount() {
    return rowRegion.length;
  }

  public String name(int column) {
    return names[column];
  }

  public String value(int column, int row) {
    return values[column][row];
  }

  public int cellBytes(int column, int row) {
    return cellBytes[column][row];
  }

  /** Index (in the dataset's region list) of the kecamatan of a row. */
  public int region(int row) {
    return rowRegion[row];
  }
}
