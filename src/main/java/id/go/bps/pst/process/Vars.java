package id.go.bps.pst.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Small typed readers and writers for process variables, so delegates stay thin. */
final class Vars {

  // a fraction where a whole number belongs (a cart's quantity of 1.5) is refused, never cut
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private Vars() {}

  static String str(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString().strip();
  }

  static String strOrEmpty(VariableScope scope, String name) {
    String s = str(scope, name);
    return s == null ? "" : s;
  }

  static boolean bool(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
  }

  static long lng(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v == null || v.toString().isBlank()) {
      return 0;
    }
    try {
      return new java.math.BigDecimal(v.toString().strip()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new FormValidationException("Isian '" + name + "' harus bilangan bulat.");
    }
  }

  /**
   * Sets a variable unless it already holds an equal value: the engine writes every set (the runtime row,
   * a read and a detail of its history) even when nothing changed (issue 13); an unchanged value is no
   * change for the audit trail either.
   */
  static void setIfChanged(VariableScope scope, String name, Object value) {
    if (value == null || !value.equals(scope.getVariable(name))) {
      scope.setVariable(name, value);
    }
  }

  /** Stores a value as a JSON variable (type Json), which Camunda Forms read as lists/objects. */
  static void json(VariableScope scope, String name, Object value) {
    scope.setVariable(name, jsonValue(value));
  }

  static JsonValue jsonValue(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON variable", e);
    }
  }

  /** Reads a JSON (or Java) variable into the given type, whatever form it was stored in. */
  static <T> T read(VariableScope scope, String name, com.fasterxml.jackson.core.type.TypeReference<T> type) {
    Object v = scope.getVariable(name);
    if (v == null) {
      return null;
    }
    try {
      String json = v instanceof String s ? s : v.getClass().getName().startsWith("org.camunda.spin")
          ? v.toString() : JSON.writeValueAsString(v);
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new FormValidationException("Isian '" + name + "' tidak dapat dibaca.");
    }
  }
}
