package id.go.bps.pst.catalog.internal;

import java.nio.charset.StandardCharsets;

/**
 * The microdata delivery format: CSV in UTF-8 without BOM; the first line is the header of variable
 * names; fields separated by a comma; every line (the last one too) ends with a single '\n'; a field is
 * enclosed in double quotes only when it holds a comma, a double quote, '\r' or '\n', and a double quote
 * inside it is doubled; a missing value is an empty field; numbers are written plainly with '.' as
 * decimal separator and no grouping.
 */
public final class CsvFormat {

  public static final char SEPARATOR = ',';
  public static final char LINE_END = '\n';

  private CsvFormat() {
  }

  public static String encode(String value) {
    if (!needsQuotes(value)) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** Size in bytes of the encoded field. */
  public static int encodedLength(String value) {
    return encode(value).getBytes(StandardCharsets.UTF_8).length;
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == SEPARATOR || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
