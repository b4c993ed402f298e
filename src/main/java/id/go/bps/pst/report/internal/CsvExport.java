package id.go.bps.pst.report.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads of the reports (Apache Commons CSV): comma-separated, CRLF line ends, UTF-8 with a
 * byte order mark so that Excel opens the Indonesian text correctly. Formula-safe: a text cell that
 * starts with {@code = + - @} (or a tab or carriage return) is prefixed with a single quote, so a
 * spreadsheet shows it as text instead of evaluating it (CSV/formula injection). Numbers are written
 * as numbers (a negative number is not a formula).
 */
final class CsvExport {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final List<List<Object>> rows = new ArrayList<>();

  CsvExport row(Object... cells) {
    rows.add(java.util.Arrays.asList(cells));
    return this;
  }

  /** A text cell as written: formula-leading characters neutralised. */
  static Object safe(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Number) {
      return cell;
    }
    String text = cell.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  byte[] bytes() {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(CsvExport::safe).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, withBom, 0, BOM.length);
    System.arraycopy(text, 0, withBom, BOM.length, text.length);
    return withBom;
  }

  ResponseEntity<byte[]> download(String fileName) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(bytes());
  }
}
