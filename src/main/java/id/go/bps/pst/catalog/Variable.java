package id.go.bps.pst.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One variable of a microdata dataset (a DDI-like dictionary entry).
 *
 * @param width maximum width in bytes of a value in the delivered CSV (before quoting)
 * @param categories value labels for coded variables (code to label), empty when not coded
 */
public record Variable(String name, String label, VariableType type, int width, Map<String, String> categories) {

  public Variable {
    categories = categories == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
  }
}
