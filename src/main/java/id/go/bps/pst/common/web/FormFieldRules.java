package id.go.bps.pst.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bps.pst.common.web.ProblemDetails.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules a Camunda Form (form-js schema) declares for its fields, checked on the server too: the browser's
 * viewer enforces them, but a caller of the REST API or the portal's JSON can send anything. Checked: text
 * length ({@code validate.maxLength}, {@code minLength}), numbers ({@code min}, {@code max}, and a number where a
 * number field is), a fixed list of choices ({@code values} of a radio, select or checklist), a
 * {@code pattern}, and a required field, sent empty or not sent at all (a required checkbox must be ticked). Not
 * checked here: fields shown under a condition, their own or a surrounding group's (the {@code conditional} is FEEL
 * the browser evaluates), are never required, and choices
 * computed by an expression ({@code valuesExpression}, {@code valuesKey}) are the task listeners' business.
 * A group with a path (the cart's {@code item1}: one object) is checked field by field with the same rules,
 * and a property its fields do not have is refused; dynamic lists are left to the listeners.
 */
public final class FormFieldRules {

  /** The largest number a number field takes (whole rupiah and counts are {@code long}; far below its limit). */
  private static final BigDecimal LARGEST = new BigDecimal("999999999999999");

  private FormFieldRules() {}

  /** Problems of the submitted values (variable name → plain value); empty when all rules hold. */
  public static List<FieldProblem> check(JsonNode form, Map<String, Object> values) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form == null) {
      return problems;
    }
    Set<String> seen = new HashSet<>();
    collect(form.path("components"), values, problems, seen, false);
    return problems;
  }

  private static void collect(JsonNode components, Map<String, Object> values, List<FieldProblem> problems,
      Set<String> seen, boolean underCondition) {
    for (JsonNode c : components) {
      if (c.hasNonNull("path") && !c.path("path").asText().isBlank()) {
        String path = c.path("path").asText();
        if ("group".equals(c.path("type").asText()) && !path.contains(".") && values.containsKey(path)
            && seen.add(path)) {
          group(c, path, values.get(path), problems);
        }
        continue; // a dynamic list submitting objects: the listeners check it
      }
      if (c.has("components")) {
        collect(c.path("components"), values, problems, seen, underCondition || c.has("conditional"));
      }
      String key = c.path("key").asText("");
      if (key.isEmpty() || key.contains(".") || !seen.add(key)) {
        continue;
      }
      field(c, key, label(c, key), values.get(key), underCondition, problems);
    }
  }

  /**
   * A group's object (e.g. {@code item1}: product, format, quantity, ...): each field by its rules, named "group ·
   * field"; a property that is no field of the group is refused. Its fields are not required when the group is
   * shown under a condition.
   */
  private static void group(JsonNode c, String path, Object value, List<FieldProblem> problems) {
    if (value == null) {
      return;
    }
    String groupLabel = label(c, path);
    if (!(value instanceof Map<?, ?> object)) {
      problems.add(new FieldProblem(path, "«" + groupLabel + "» harus dikirim sebagai satu kelompok isian."));
      return;
    }
    Set<String> keys = new HashSet<>();
    for (JsonNode child : c.path("components")) {
      String key = child.path("key").asText("");
      if (key.isEmpty() || key.contains(".") || child.hasNonNull("path") || !keys.add(key)) {
        continue;
      }
      field(child, path + "." + key, groupLabel + " · " + label(child, key), object.get(key),
          c.has("conditional"), problems);
    }
    for (Object key : object.keySet()) {
      if (!keys.contains(String.valueOf(key))) {
        problems.add(new FieldProblem(path + "." + key, "«" + groupLabel + "»: isian «" + key
            + "» tidak ada pada formulir ini dan tidak dapat dikirim."));
      }
    }
  }

  /** A component's label, or the given name when it has none. */
  private static String label(JsonNode c, String name) {
    String label = c.path("label").asText("");
    return label.isBlank() ? name : label;
  }

  private static void field(JsonNode c, String key, String label, Object value,
      boolean shownUnderCondition, List<FieldProblem> problems) {
    String type = c.path("type").asText();
    JsonNode validate = c.path("validate");
    boolean conditional = shownUnderCondition || c.has("conditional");
    boolean empty = value == null || (value instanceof String s && s.isBlank());
    if (validate.path("required").asBoolean(false) && !conditional) {
      // always shown (no condition on it or around it), so the viewer sends it: missing is as empty (a caller of the
      // REST API or the portal's JSON that leaves a required field out)
      if (empty || ("checkbox".equals(type) && !Boolean.TRUE.equals(value))) {
        problems.add(new FieldProblem(key, "«" + label + "» wajib diisi."));
        return;
      }
    }
    if (empty) {
      return;
    }
    switch (type) {
      case "textfield", "textarea" -> text(key, label, value, validate, problems);
      case "number" -> number(key, label, value, c, validate, problems);
      case "radio", "select" -> choice(key, label, value, c, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(new FieldProblem(key, "«" + label + "» hanya dapat dicentang atau tidak (true/false)."));
        }
      }
      default -> {
        // checklist, taglist, datetime, dynamic lists: the listeners check them
      }
    }
  }

  private static void text(String key, String label, Object value, JsonNode validate, List<FieldProblem> problems) {
    if (!(value instanceof String s)) {
      problems.add(new FieldProblem(key, "«" + label + "» harus berupa teks."));
      return;
    }
    int max = validate.path("maxLength").asInt(Integer.MAX_VALUE);
    int min = validate.path("minLength").asInt(0);
    if (s.length() > max) {
      problems.add(new FieldProblem(key, "«" + label + "» paling banyak " + max + " karakter (tertulis " + s.length()
          + ")."));
    } else if (s.strip().length() < min) {
      problems.add(new FieldProblem(key, "«" + label + "» paling sedikit " + min + " karakter."));
    } else if (validate.hasNonNull("pattern")) {
      try {
        if (!Pattern.compile(validate.path("pattern").asText()).matcher(s).find()) {
          problems.add(new FieldProblem(key, "«" + label + "» tidak sesuai bentuk yang diminta."));
        }
      } catch (PatternSyntaxException notJava) {
        // a JavaScript-only pattern: the browser checked it
      }
    }
  }

  private static void number(String key, String label, Object value, JsonNode c, JsonNode validate,
      List<FieldProblem> problems) {
    BigDecimal n;
    try {
      n = value instanceof Number num ? new BigDecimal(num.toString()) : new BigDecimal(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(key, "«" + label + "» harus berupa angka."));
      return;
    }
    if (n.abs().compareTo(LARGEST) > 0) {
      // whole rupiah and counts are stored as long: a larger number would be cut, never refused, further on
      problems.add(new FieldProblem(key, "«" + label + "» terlalu besar."));
      return;
    }
    if (c.path("decimalDigits").isInt() && n.stripTrailingZeros().scale() > c.path("decimalDigits").asInt()) {
      problems.add(new FieldProblem(key, c.path("decimalDigits").asInt() == 0
          ? "«" + label + "» harus bilangan bulat, tanpa pecahan."
          : "«" + label + "» paling banyak " + c.path("decimalDigits").asInt() + " angka di belakang koma."));
      return;
    }
    if (validate.has("min") && n.compareTo(new BigDecimal(validate.path("min").asText())) < 0) {
      problems.add(new FieldProblem(key, "«" + label + "» paling kecil " + validate.path("min").asText() + "."));
    } else if (validate.has("max") && n.compareTo(new BigDecimal(validate.path("max").asText())) > 0) {
      problems.add(new FieldProblem(key, "«" + label + "» paling besar " + validate.path("max").asText() + "."));
    }
  }

  private static void choice(String key, String label, Object value, JsonNode c, List<FieldProblem> problems) {
    if (!c.path("values").isArray() || c.path("values").isEmpty()) {
      return; // computed choices
    }
    List<String> allowed = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    c.path("values").forEach(v -> {
      allowed.add(v.path("value").asText());
      // the choices as the form shows them ("Setuju", "Tidak setuju"), never their codes (ACCEPT, DECLINE)
      shown.add("«" + v.path("label").asText(v.path("value").asText()) + "»");
    });
    if (!allowed.contains(String.valueOf(value))) {
      problems.add(new FieldProblem(key, "Pilihan untuk «" + label + "» tidak dikenal; pilih salah satu: "
          + String.join(", ", shown) + "."));
    }
  }
}
