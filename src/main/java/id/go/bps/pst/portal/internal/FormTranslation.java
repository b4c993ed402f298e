package id.go.bps.pst.portal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bps.pst.common.web.VisitorText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The English texts of a visitor step's Camunda Form, for a visitor who chose English on the page. The form as
 * deployed (edited by process analysts in Camunda Modeler) stays the canonical, Indonesian text; the English words
 * live in {@code messages_en.properties} under a key made of the form's id and the component's id:
 *
 * <ul>
 *   <li>{@code form.<form id>.<component id>.label}, {@code .description}, {@code .text} (a text component: the
 *       {@code {{ }}} templates and Markdown as in the form), {@code .content} (HTML), {@code .placeholder},
 *       {@code .alt}, {@code .title};
 *   <li>{@code form.<form id>.<component id>.values.<value>}: the label of an option (radio, select, checklist,
 *       taglist), static or written as a literal {@code {label: "…", value: "…"}} in the component's
 *       {@code valuesExpression}; when such an expression gives one value several labels, the second one is
 *       {@code .values.<value>.2}, and so on;
 *   <li>{@code form.<form id>.<component id>.columns.<key>}: a table's column heading.
 * </ul>
 *
 * <p>Only visible texts are touched: ids, keys, values, expressions, conditions and validation are the form's own.
 * A text without an English key (an analyst's new field) stays Indonesian, and a text that is only templates or an
 * expression ({@code =…}) is left alone. The Indonesian form is never changed: an Indonesian visitor gets the very
 * schema the engine deployed, an English one a copy. {@code FormTranslationTest} lists the keys a visitor step's
 * form lacks and the keys no component has any more.
 */
@Component
class FormTranslation {

  static final String PREFIX = "form.";
  private static final List<String> TEXT_PROPERTIES = List.of("label", "description", "placeholder", "alt", "title");
  /** A literal option in a FEEL values expression: {@code {label: "…", value: "…"}} (either order). */
  private static final Pattern LITERAL_OPTION = Pattern.compile(
      "\\{\\s*label\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*value\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}"
          + "|\\{\\s*value\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*label\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private final MessageSource messages;
  private final VisitorText visitorText;

  FormTranslation(MessageSource messages, VisitorText visitorText) {
    this.messages = messages;
    this.visitorText = visitorText;
  }

  /** The schema in the visitor's language (the page's choice): a translated copy in English, else the schema. */
  JsonNode forVisitor(JsonNode schema) {
    return translate(schema, visitorText.locale());
  }

  /** A visitor step's heading in the visitor's language ({@code visitorStep.<task id>.name}), else the model's name. */
  String stepName(String taskKey, String name) {
    return visitorText.textOr("visitorStep." + taskKey + ".name", name);
  }

  /** The schema in the language: English gets a translated copy, any other language the schema itself. */
  JsonNode translate(JsonNode schema, Locale locale) {
    if (schema == null || locale == null || !"en".equals(locale.getLanguage()) || !schema.isObject()) {
      return schema;
    }
    JsonNode copy = schema.deepCopy();
    walk(copy, key -> messages.getMessage(key, null, null, Locale.ENGLISH));
    return copy;
  }

  /**
   * Every visible text of the form that needs an English key: key and Indonesian text, in the form's order. Texts
   * without a letter outside their templates (only {@code {{…}}}) and expressions are not listed.
   */
  static Map<String, String> visibleTexts(JsonNode schema) {
    Map<String, String> texts = new LinkedHashMap<>();
    walk(schema.deepCopy(), key -> null, texts);
    return texts;
  }

  private static void walk(JsonNode schema, Function<String, String> english) {
    walk(schema, english, new LinkedHashMap<>());
  }

  /** Visits every visible text: records its key and text, and puts the English one (when there is one) in place. */
  private static void walk(JsonNode schema, Function<String, String> english, Map<String, String> seen) {
    String formId = schema.path("id").asText("");
    if (formId.isBlank()) {
      return;
    }
    components(schema.path("components"), PREFIX + formId + ".", english, seen);
  }

  private static void components(JsonNode components, String prefix, Function<String, String> english,
      Map<String, String> seen) {
    for (JsonNode node : components) {
      if (!(node instanceof ObjectNode c)) {
        continue;
      }
      String id = c.path("id").asText("");
      if (!id.isBlank()) {
        String base = prefix + id + ".";
        String type = c.path("type").asText("");
        for (String property : TEXT_PROPERTIES) {
          text(c, property, base + property, english, seen);
        }
        if ("text".equals(type)) {
          text(c, "text", base + "text", english, seen);
        }
        if ("html".equals(type)) {
          text(c, "content", base + "content", english, seen);
        }
        if (c.path("values").isArray()) {
          for (JsonNode option : c.path("values")) {
            if (option instanceof ObjectNode o && o.has("value")) {
              text(o, "label", base + "values." + o.path("value").asText(), english, seen);
            }
          }
        }
        if (c.path("valuesExpression").isTextual()) {
          c.put("valuesExpression", expression(c.path("valuesExpression").asText(), base + "values.", english, seen));
        }
        if (c.path("columns").isArray()) {
          for (JsonNode column : (ArrayNode) c.path("columns")) {
            if (column instanceof ObjectNode col && col.has("key")) {
              text(col, "label", base + "columns." + col.path("key").asText(), english, seen);
            }
          }
        }
      }
      if (c.path("components").isArray()) {
        components(c.path("components"), prefix, english, seen);
      }
    }
  }

  private static void text(ObjectNode owner, String property, String key, Function<String, String> english,
      Map<String, String> seen) {
    JsonNode value = owner.get(property);
    if (value == null || !value.isTextual() || !needsWords(value.asText())) {
      return;
    }
    seen.putIfAbsent(key, value.asText());
    String translated = english.apply(key);
    if (translated != null && !translated.isBlank()) {
      owner.put(property, translated);
    }
  }

  /** The labels of the literal options in a FEEL values expression, in English where there is a key. */
  private static String expression(String expression, String base, Function<String, String> english,
      Map<String, String> seen) {
    Map<String, Integer> labelsPerValue = new LinkedHashMap<>();
    Map<String, String> keyOfLabel = new LinkedHashMap<>();
    Matcher m = LITERAL_OPTION.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean labelFirst = m.group(1) != null;
      String label = labelFirst ? m.group(1) : m.group(4);
      String value = labelFirst ? m.group(2) : m.group(3);
      String key = keyOfLabel.computeIfAbsent(value + "\u0000" + label, k -> {
        int n = labelsPerValue.merge(value, 1, Integer::sum);
        return base + value + (n == 1 ? "" : "." + n);
      });
      String replacement = m.group();
      if (needsWords(label)) {
        seen.putIfAbsent(key, unescape(label));
        String translated = english.apply(key);
        if (translated != null && !translated.isBlank()) {
          String literal = "\"" + escape(translated) + "\"";
          replacement = labelFirst ? "{label: " + literal + ", value: \"" + value + "\"}"
              : "{value: \"" + value + "\", label: " + literal + "}";
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A text people read: not an expression, and with a letter outside its templates. */
  private static boolean needsWords(String text) {
    return !text.startsWith("=") && LETTER.matcher(TEMPLATE.matcher(text).replaceAll("")).find();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String unescape(String literal) {
    return literal.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /** The properties this class may change on a component (the rest of the schema is the form's own). */
  static final Set<String> TRANSLATED = Set.of("label", "description", "placeholder", "alt", "title", "text",
      "content", "valuesExpression");
}
