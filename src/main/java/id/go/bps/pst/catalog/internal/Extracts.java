package id.go.bps.pst.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Measures and writes extracts of a {@link SyntheticTable} in the {@link CsvFormat}. */
public final class Extracts {

  private Extracts() {
  }

  static ExtractInfo measure(SyntheticTable table, ExtractSelection sel) {
    int[] cols = sel.columns();
    long size = headerLine(table, cols).getBytes(StandardCharsets.UTF_8).length;
    int records = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (!sel.regionMask()[table.region(r)]) {
        continue;
      }
      records++;
      size += cols.length; // separators (cols - 1) and the line end
      for (int c : cols) {
        size += table.cellBytes(c, r);
      }
    }
    return new ExtractInfo(size, records);
  }

  /** Writes the header and at most {@code maxRows} data lines (all when negative). */
  public static void write(SyntheticTable table, ExtractSelection sel, OutputStream out, int maxRows) {
    try {
      out.write(headerLine(table, sel.columns()).getBytes(StandardCharsets.UTF_8));
      int written = 0;
      StringBuilder line = new StringBuilder(256);
      for (int r = 0; r < table.rowCount() && (maxRows < 0 || written < maxRows); r++) {
        if (!sel.regionMask()[table.region(r)]) {
          continue;
        }
        line.setLength(0);
        int[] cols = sel.columns();
        for (int i = 0; i < cols.length; i++) {
          if (i > 0) {
            line.append(CsvFormat.SEPARATOR);
          }
          line.append(CsvFormat.encode(table.value(cols[i], r)));
        }
        line.append(CsvFormat.LINE_END);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        written++;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw values of the first {@code maxRows} records of the extract. */
  public static List<List<String>> rows(SyntheticTable table, ExtractSelection sel, int maxRows) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount() && rows.size() < maxRows; r++) {
      if (!sel.regionMask()[table.region(r)]) {
        continue;
      }
      List<String> row = new ArrayList<>(sel.columns().length);
      for (int c : sel.columns()) {
        row.add(table.value(c, r));
      }
      rows.add(List.copyOf(row));
    }
    return rows;
  }

  static String headerLine(SyntheticTable table, int[] cols) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cols.length; i++) {
      if (i > 0) {
        sb.append(CsvFormat.SEPARATOR);
      }
      sb.append(CsvFormat.encode(table.name(cols[i])));
    }
    return sb.append(CsvFormat.LINE_END).toString();
  }
}
