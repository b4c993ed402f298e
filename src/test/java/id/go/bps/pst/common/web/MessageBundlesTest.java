package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.common.IndonesianFormat;
import id.go.bps.pst.common.Labelled;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;

/**
 * The two bundles of the visitor's pages: the same keys in both, UTF-8, MessageFormat-safe, the Indonesian labels of
 * the enums unchanged; the English date; a rejection reason without tags.
 */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyIsInBothBundles() throws Exception {
    Properties id = load("messages.properties");
    Properties en = load("messages_en.properties");
    TreeSet<String> onlyId = new TreeSet<>(id.stringPropertyNames());
    onlyId.removeAll(en.stringPropertyNames());
    TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(id.stringPropertyNames());
    // the English texts of the step forms (form.*) and step names (visitorStep.*): their Indonesian is the form's and
    // the model's own (FormTranslationTest)
    onlyEn.removeIf(key -> key.startsWith("form.") || key.startsWith("visitorStep."));
    assertThat(onlyId).as("keys missing in messages_en.properties").isEmpty();
    assertThat(onlyEn).as("keys missing in messages.properties").isEmpty();
    for (String key : id.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      assertThat(id.getProperty(key)).as(key).isNotBlank();
      // the same placeholders in both languages
      assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(id.getProperty(key)));
    }
  }

  @Test
  void textsWithArgumentsHaveNoLoneApostrophe() throws Exception {
    List<String> bad = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties p = load(file);
      for (String key : p.stringPropertyNames()) {
        String v = p.getProperty(key);
        if (PLACEHOLDER.matcher(v).find() && v.replace("''", "").contains("'")) {
          bad.add(file + ": " + key);
        }
      }
    }
    assertThat(bad).as("MessageFormat would eat a lone apostrophe").isEmpty();
  }

  @Test
  void bundlesAreReadAsUtf8() throws Exception {
    // Spring Boot's default for spring.messages.encoding is UTF-8 (application.yaml sets none)
    assertThat(new MessageSourceProperties().getEncoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(load("messages.properties").getProperty("complaint.form.choose")).isEqualTo("— pilih —");
    assertThat(load("messages_en.properties").getProperty("complaint.form.descriptionHint")).contains("20–4,000");
  }

  @Test
  void enumLabelsInTheBaseBundleAreTheEnumsOwn() throws Exception {
    Properties base = load("messages.properties");
    List<Class<? extends Enum<?>>> types = List.of(id.go.bps.pst.order.RequestStatus.class,
        id.go.bps.pst.document.DocumentKind.class, id.go.bps.pst.complaint.ComplaintCategory.class,
        id.go.bps.pst.complaint.ComplaintStatus.class, id.go.bps.pst.complaint.ComplaintChannel.class,
        id.go.bps.pst.rating.SkmElement.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = "label." + type.getSimpleName() + "." + constant.name();
        assertThat(base.getProperty(key)).as(key).isEqualTo(((Labelled) constant).label());
      }
    }
    for (id.go.bps.pst.document.UploadStatus s : id.go.bps.pst.document.UploadStatus.values()) {
      assertThat(base.getProperty("upload.status." + s.name())).isEqualTo(s.label());
    }
  }

  @Test
  void englishDatesKeepTheUnitsZone() {
    Instant t = Instant.parse("2026-12-02T02:42:00Z");
    ZoneId wita = ZoneId.of("Asia/Makassar");
    assertThat(IndonesianFormat.dateTime(t, wita, Locale.ENGLISH)).isEqualTo("2 December 2026 10:42 WITA");
    assertThat(IndonesianFormat.dateTime(t, wita, Locale.forLanguageTag("id"))).isEqualTo("2 Desember 2026 10.42 WITA");
    assertThat(IndonesianFormat.dateTime(t, wita, null)).isEqualTo(IndonesianFormat.dateTime(t, wita));
  }

  @Test
  void aReasonReadsWithoutItsTags() {
    assertThat(PlainText.of("<b>Foto buram</b>, <i>ulangi</i><script>alert(1)</script>")).isEqualTo("Foto buram , ulangi");
    assertThat(PlainText.of("KTP &lt;b&gt;terpotong&lt;/b&gt; &amp; gelap")).isEqualTo("KTP terpotong & gelap");
    assertThat(PlainText.of("nilai < 5 dan > 2")).isEqualTo("nilai < 5 dan > 2");
    assertThat(PlainText.of(null)).isEmpty();
  }

  @Test
  void theSwitchKeepsTheOtherParameters() {
    assertThat(LanguageSwitch.with("/pengaduan/lacak", "kode=ADU-6503-K7Q2-9XMT&lang=id", "en"))
        .isEqualTo("/pengaduan/lacak?kode=ADU-6503-K7Q2-9XMT&lang=en");
    assertThat(LanguageSwitch.with("/skm", null, "xx")).isEqualTo("/skm?lang=id");
  }

  private static List<String> placeholders(String s) {
    return PLACEHOLDER.matcher(s).results().map(m -> m.group()).sorted().distinct().toList();
  }
}
