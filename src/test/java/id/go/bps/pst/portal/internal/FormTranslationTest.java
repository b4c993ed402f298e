package id.go.bps.pst.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bps.pst.common.web.VisitorText;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * The English texts of the visitor's step forms ({@link FormTranslation}): every visible text of every form a
 * visitor step shows (user tasks with {@code actor=visitor} in processes/*.bpmn, their {@code formRef} in
 * forms/) has its English text in messages_en.properties, no English text refers to a component that is gone,
 * and the English schema differs from the deployed one in its visible texts only.
 */
class FormTranslationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
  private static final Pattern LABEL_LITERAL = Pattern.compile("(label\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  /** form id -> the form as deployed (Indonesian), for each form of a visitor step. */
  private static Map<String, JsonNode> forms;
  /** The ids of the visitor steps' user tasks. */
  private static final TreeSet<String> STEPS = new TreeSet<>();
  private static Properties english;
  private static FormTranslation translation;

  @BeforeAll
  static void read() throws Exception {
    forms = visitorStepForms();
    english = load("messages_en.properties");
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages"); // as application.yaml: UTF-8, no fallback to the server's locale
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    translation = new FormTranslation(messages, new VisitorText(messages));
  }

  @Test
  void theVisitorStepsAreFoundInTheModel() {
    assertThat(forms).containsKeys("form-accept-terms", "form-review-invoice", "form-choose-payment",
        "form-upload-transfer-proof", "form-sign-agreement", "form-review-product", "form-rate-service");
  }

  /** An analyst who adds a field to a visitor's form sees here the lines to add to messages_en.properties. */
  @Test
  void everyVisibleTextOfAVisitorStepsFormHasAnEnglishText() {
    List<String> missing = new ArrayList<>();
    forms.forEach((id, schema) -> FormTranslation.visibleTexts(schema).forEach((key, indonesian) -> {
      if (english.getProperty(key) == null || english.getProperty(key).isBlank()) {
        missing.add(key + "=" + indonesian.replace("\n", "\\n") + "   (Indonesian: translate it)");
      }
    }));
    assertThat(missing).as("visible texts of the visitor's forms without an English text in "
        + "messages_en.properties (add these lines, in English)").isEmpty();
  }

  @Test
  void noEnglishTextRefersToAComponentThatIsGone() throws Exception {
    TreeSet<String> known = new TreeSet<>();
    forms.values().forEach(schema -> known.addAll(FormTranslation.visibleTexts(schema).keySet()));
    TreeSet<String> stale = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith(FormTranslation.PREFIX) && !known.contains(key)) {
        stale.add(key);
      }
    }
    assertThat(stale).as("keys of messages_en.properties whose form, component, option or column is no longer "
        + "in a visitor step's form (remove or rename them)").isEmpty();
    // the Indonesian text is the form's own: never a second copy in the base bundle
    assertThat(load("messages.properties").stringPropertyNames())
        .noneMatch(k -> k.startsWith(FormTranslation.PREFIX));
  }

  /** The heading above a step's form: its English name by the user task's id (the portal's request.html). */
  @Test
  void everyVisitorStepHasAnEnglishNameAndNoNameIsStale() throws Exception {
    assertThat(STEPS).hasSizeGreaterThanOrEqualTo(forms.size());
    assertThat(STEPS.stream().map(id -> "visitorStep." + id + ".name").filter(k -> english.getProperty(k) == null))
        .as("visitor steps without an English name in messages_en.properties").isEmpty();
    assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith("visitorStep."))
        .filter(k -> !STEPS.contains(k.substring("visitorStep.".length()).replaceFirst("\\.name$", ""))))
        .as("English names of steps that are no longer visitor steps").isEmpty();
    assertThat(load("messages.properties").stringPropertyNames()).noneMatch(k -> k.startsWith("visitorStep."));
  }

  @Test
  void theEnglishTextsKeepTheTemplatesAndTheMarkdown() {
    List<String> broken = new ArrayList<>();
    forms.values().forEach(schema -> FormTranslation.visibleTexts(schema).forEach((key, indonesian) -> {
      String en = english.getProperty(key);
      if (en == null) {
        return;
      }
      if (!templates(en).equals(templates(indonesian))) {
        broken.add(key + ": templates " + templates(en) + " instead of " + templates(indonesian));
      }
      if (count(en, "**") != count(indonesian, "**") || count(en, "\n") != count(indonesian, "\n")
          || en.startsWith("#") != indonesian.startsWith("#")) {
        broken.add(key + ": Markdown (bold, lines, heading) differs from the Indonesian");
      }
      if (!en.strip().equals(en)) {
        broken.add(key + ": leading or trailing blanks");
      }
    }));
    assertThat(broken).isEmpty();
  }

  @Test
  void theEnglishSchemaDiffersFromTheFormInItsVisibleTextsOnly() {
    forms.forEach((id, schema) -> {
      JsonNode before = schema.deepCopy();
      JsonNode en = translation.translate(schema, Locale.ENGLISH);
      assertThat(schema).as(id + " as deployed is not changed").isEqualTo(before);
      assertThat(en).as(id).isNotSameAs(schema).isNotEqualTo(schema);
      // ids, keys, values, expressions, conditions, validation, templates: the form's own
      assertThat(skeleton(en)).as(id).isEqualTo(skeleton(schema));
      // and every visible text is the English one
      Map<String, String> shown = FormTranslation.visibleTexts(en);
      assertThat(shown.keySet()).as(id).containsExactlyElementsOf(FormTranslation.visibleTexts(schema).keySet());
      shown.forEach((key, text) -> assertThat(text).as(key).isEqualTo(english.getProperty(key)));
    });
  }

  @Test
  void anIndonesianVisitorGetsTheFormAsDeployed() {
    forms.forEach((id, schema) -> {
      assertThat(translation.translate(schema, Locale.forLanguageTag("id"))).isSameAs(schema);
      assertThat(translation.translate(schema, Locale.GERMAN)).isSameAs(schema);
    });
  }

  @Test
  void aTextWithoutEnglishStaysIndonesian() throws Exception {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("form.form-choose-payment.Field_192.label", Locale.ENGLISH, "Payment method");
    messages.addMessage("form.form-choose-payment.Field_192.values.CASH", Locale.ENGLISH, "Cash \"to\" the treasurer");
    messages.addMessage("form.form-choose-payment.Field_192.values.BANK.2", Locale.ENGLISH, "Bank");
    FormTranslation partial = new FormTranslation(messages, new VisitorText(messages));
    JsonNode schema = forms.get("form-choose-payment");
    JsonNode en = partial.translate(schema, Locale.ENGLISH);
    JsonNode field = component(en, "Field_192");
    assertThat(field.path("label").asText()).isEqualTo("Payment method");
    String expression = field.path("valuesExpression").asText();
    // both literals of CASH, the second label of BANK; the rest as the analyst wrote it
    assertThat(expression).contains("{label: \"Cash \\\"to\\\" the treasurer\", value: \"CASH\"}")
        .doesNotContain("Tunai kepada bendahara")
        .contains("{label: \"Bank dengan kode billing baru\", value: \"BANK\"}", "{label: \"Bank\", value: \"BANK\"}",
            "Transfer dari luar negeri", "if sale.payment.billingExpired then");
    assertThat(component(en, "Text_191").path("text").asText()).isEqualTo(
        component(schema, "Text_191").path("text").asText());
    // the expression's option keys as the test above asks for them
    assertThat(FormTranslation.visibleTexts(schema)).containsEntry("form.form-choose-payment.Field_192.values.BANK",
        "Bank dengan kode billing baru").containsEntry("form.form-choose-payment.Field_192.values.BANK.2",
        "Bank dengan kode billing (SIMPONI)").containsEntry("form.form-choose-payment.Field_192.values.CANCEL",
        "Batalkan permintaan");
  }

  @Test
  void theSurveyInEnglish() {
    JsonNode en = translation.translate(forms.get("form-rate-service"), Locale.ENGLISH);
    JsonNode q1 = component(en, "Field_226");
    assertThat(q1.path("key").asText()).isEqualTo("surveyQ1");
    assertThat(q1.path("values").findValuesAsText("label")).allSatisfy(l -> assertThat(l).matches("[1-4] - [A-Z].*"));
    assertThat(q1.path("values").findValues("value")).extracting(JsonNode::asInt).containsExactly(1, 2, 3, 4);
    String all = en.toString();
    assertThat(all).doesNotContain("Tidak baik", "Kurang baik", "Sangat baik", "Persyaratan", "Saran atau komentar",
        "Survei kepuasan", "Antrian");
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** The forms of the user tasks marked {@code actor=visitor} in the process models, by form id. */
  static Map<String, JsonNode> visitorStepForms() throws Exception {
    Map<String, JsonNode> found = new LinkedHashMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        var instance = Bpmn.readModelFromFile(model.toFile());
        for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
          if (!visitorStep(task)) {
            continue;
          }
          STEPS.add(task.getId());
          String formRef = task.getCamundaFormRef();
          assertThat(formRef).as(task.getId() + " has a Camunda Form").isNotBlank();
          JsonNode schema = JSON.readTree(new File("forms/" + formRef + ".form"));
          assertThat(schema.path("id").asText()).as(formRef).isEqualTo(formRef);
          found.put(formRef, schema);
        }
      }
    }
    return found;
  }

  private static boolean visitorStep(UserTask task) {
    if (task.getExtensionElements() == null) {
      return false;
    }
    for (CamundaProperties properties : task.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty p : properties.getCamundaProperties()) {
        if ("actor".equals(p.getCamundaName()) && "visitor".equals(p.getCamundaValue())) {
          return true;
        }
      }
    }
    return false;
  }

  static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = FormTranslationTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The schema with its visible texts blanked (and the labels in values expressions): what must not change. */
  private static JsonNode skeleton(JsonNode schema) {
    JsonNode copy = schema.deepCopy();
    blank(copy);
    return copy;
  }

  private static void blank(JsonNode node) {
    if (node instanceof ObjectNode o) {
      for (String property : List.of("label", "description", "placeholder", "alt", "title", "content")) {
        if (o.path(property).isTextual()) {
          o.put(property, templates(o.path(property).asText()).toString());
        }
      }
      if ("text".equals(o.path("type").asText()) && o.path("text").isTextual()) {
        o.put("text", templates(o.path("text").asText()).toString());
      }
      if (o.path("valuesExpression").isTextual()) {
        o.put("valuesExpression", LABEL_LITERAL.matcher(o.path("valuesExpression").asText()).replaceAll("$1\"\""));
      }
    }
    node.forEach(FormTranslationTest::blank);
  }

  private static List<String> templates(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = TEMPLATE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static JsonNode component(JsonNode schema, String id) {
    for (JsonNode c : schema.path("components")) {
      if (id.equals(c.path("id").asText())) {
        return c;
      }
    }
    throw new AssertionError("no component " + id);
  }
}
