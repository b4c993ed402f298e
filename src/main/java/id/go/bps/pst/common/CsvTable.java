package id.go.bps.pst.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV downloads of the application's reports (Apache Commons CSV, RFC 4180): comma-separated, CRLF
 * line ends, fields quoted where they need it. Formula-safe: a text cell that starts with {@code = + - @}
 * (or a tab or carriage return) is prefixed with a single quote, so a spreadsheet shows it as text
 * instead of evaluating it (CSV/formula injection); numbers, and text that is just a number such as
 * {@code -5000}, are written as they are. A null cell is empty; an empty row is a blank line.
 *
 * <p>Not for data files (microdata extracts and samples): their values are data, never rewritten.
 */
public final class CsvTable {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final List<List<?>> rows = new ArrayList<>();

  public CsvTable row(Object... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  public CsvTable row(List<?> cells) {
    rows.add(cells);
    return this;
  }

  private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

  /** A time of day in a CSV cell, "08:03:00" in the given zone (spreadsheets read it as a time); empty for null. */
  public static String time(java.time.Instant instant, java.time.ZoneId zone) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** A moment in a CSV cell, "03-02-2032 08:03:00" in the given zone; empty for null. */
  public static String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /** A cell as written: null empty, formula-leading characters of text neutralised. */
  public static Object safe(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number) {
      return cell;
    }
    String text = cell.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }

  /** The table as text. */
  public String text() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<?> row : rows) {
        if (row.isEmpty()) {
          printer.println();
        } else {
          printer.printRecord(row.stream().map(CsvTable::safe).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** UTF-8 with a byte order mark, so that Excel opens the Indonesian text correctly. */
  public byte[] bytesWithBom() {
    byte[] text = text().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }

  /** A download of the table ({@link #bytesWithBom}) under this file name. */
  public ResponseEntity<byte[]> download(String fileName) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(bytesWithBom());
  }
}
