package id.go.bps.pst.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Bahasa Indonesia locale of the Camunda webapps against the English one of the webjar on the
 * classpath: the same keys (a Camunda upgrade that adds or removes keys fails here and names them),
 * every placeholder ({{...}}, {}, %s/%d), HTML tag and entity kept, and no value left in English
 * except product names, identifiers and words that are the same in Indonesian.
 */
class IndonesianLocaleTest {

  static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

  /** Values that may read the same in both locales. */
  static final Set<String> SAME_IN_BOTH = Set.of(
      // product names
      "Camunda", "Camunda Cockpit", "Cockpit", "Tasklist", "Admin", "Optimize",
      // formats, identifiers and the variable type names of Camunda's API
      "CSV", "JSON", "ID", "ID*", "OK", "Ok", " OK", "Boolean", "Double", "Integer", "Long", "Short", "String",
      // words that are Indonesian too
      "Diagram", "Filter", "Label", "Operator", "Status", "Valid", "GLOBAL", "Minimum:",
      // symbols and empty values
      "", "<", "<=", ">", ">=");

  /** English words that never occur in an Indonesian sentence. */
  static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "with", "could", "not", "please", "successfully",
      "failed", "instance", "instances", "task", "tasks", "user", "users", "group", "groups", "delete", "cancel",
      "is", "are", "was", "were", "has", "have", "been", "will", "this", "that", "from", "for", "of", "to", "by",
      "on", "in", "at", "you", "your", "no", "all", "add", "remove", "select", "show", "hide", "process",
      "definition", "deployment", "decision", "job", "jobs", "incident", "incidents", "batch", "variable",
      "variables", "date", "time", "name", "value", "key", "version", "search", "loading", "error");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]");
  private static final Pattern HTML_TAG = Pattern.compile(
      "</?(a|b|br|strong|em|i|span|p|code|ul|ol|li|div|small)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z]+;|&#\\d+;");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> apps() {
    return Stream.of("tasklist", "cockpit", "admin", "welcome");
  }

  @ParameterizedTest
  @MethodSource("apps")
  void sameKeysAsTheWebjarsEnglish(String app) throws IOException {
    JsonNode en = read(app, "en.json");
    JsonNode id = read(app, "id.json");
    Set<String> enKeys = keys(en.path("labels"));
    Set<String> idKeys = keys(id.path("labels"));
    Set<String> missing = new TreeSet<>(enKeys);
    missing.removeAll(idKeys);
    Set<String> extra = new TreeSet<>(idKeys);
    extra.removeAll(enKeys);
    assertThat(missing).as("%s: keys of the webjar's en.json missing in our id.json (translate them)", app).isEmpty();
    assertThat(extra).as("%s: keys in our id.json that the webjar no longer has", app).isEmpty();
    assertThat(enKeys).isNotEmpty();
    // the date settings (moment.js) have the same shape
    assertThat(shape(id.path("dateLocales"))).as("%s: dateLocales", app).isEqualTo(shape(en.path("dateLocales")));
  }

  @ParameterizedTest
  @MethodSource("apps")
  void placeholdersAndMarkupAreKept(String app) throws IOException {
    JsonNode en = read(app, "en.json");
    JsonNode id = read(app, "id.json");
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> enValues = values(en, "");
    Map<String, String> idValues = values(id, "");
    enValues.forEach((key, english) -> {
      String indonesian = idValues.get(key);
      if (indonesian == null) {
        return; // reported by sameKeysAsTheWebjarsEnglish
      }
      for (Pattern pattern : List.of(PLACEHOLDER, HTML_TAG, ENTITY)) {
        List<String> expected = tokens(pattern, english);
        List<String> actual = tokens(pattern, indonesian);
        if (!expected.equals(actual)) {
          problems.put(key, "expected " + expected + " but was " + actual);
        }
      }
    });
    assertThat(problems).as("%s: placeholders, HTML tags or entities changed", app).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void nothingIsLeftInEnglish(String app) throws IOException {
    JsonNode en = read(app, "en.json").path("labels");
    JsonNode id = read(app, "id.json").path("labels");
    Map<String, String> untranslated = new TreeMap<>();
    Map<String, String> englishWords = new TreeMap<>();
    en.fields().forEachRemaining(e -> {
      String english = e.getValue().asText();
      String indonesian = id.path(e.getKey()).asText();
      if (indonesian.trim().equalsIgnoreCase(english.trim()) && !SAME_IN_BOTH.contains(english)) {
        untranslated.put(e.getKey(), english);
      }
      String words = HTML_TAG.matcher(PLACEHOLDER.matcher(indonesian).replaceAll(" ")).replaceAll(" ");
      for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (ENGLISH_WORDS.contains(word)) {
          englishWords.put(e.getKey(), indonesian);
        }
      }
    });
    assertThat(untranslated).as("%s: values still in English", app).isEmpty();
    assertThat(englishWords).as("%s: values with English words", app).isEmpty();
  }

  // ---- helpers ------------------------------------------------------------------------------------

  private static JsonNode read(String app, String file) throws IOException {
    String path = WEBJAR + app + "/locales/" + file;
    List<URL> found = Collections.list(IndonesianLocaleTest.class.getClassLoader().getResources(path));
    assertThat(found).as("exactly one %s on the classpath", path).hasSize(1);
    try (InputStream in = found.get(0).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's files start with a byte order mark
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** Every string value with its path, dateLocales included. */
  private static Map<String, String> values(JsonNode node, String path) {
    Map<String, String> out = new TreeMap<>();
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> out.putAll(values(e.getValue(), path + "/" + e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.putAll(values(node.get(i), path + "/" + i));
      }
    } else if (node.isTextual()) {
      out.put(path, node.asText());
    }
    return out;
  }

  /** The structure of a JSON tree without its texts: object keys, array lengths, non-text values. */
  private static String shape(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      Map<String, String> sorted = new TreeMap<>();
      fields.forEachRemaining(e -> sorted.put(e.getKey(), shape(e.getValue())));
      sorted.forEach((k, v) -> out.append(k).append(':').append(v).append(','));
      return out.append('}').toString();
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(shape(item)));
      return items.toString();
    }
    return node.isTextual() ? "text" : node.toString();
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Collections.sort(tokens);
    return tokens;
  }
}
