package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people typed (a visitor's reason for a correction, an officer's note, a complainant's words, an answer),
 * shown by a form's text component, is shown as typed. form-js renders a text component's template as Markdown:
 * "[Klik di sini](https://…)" typed by a complainant became a live link in the supervisor's Tasklist, "*KTP*" in an
 * officer's note italics on the visitor's screen. Such values reach the form with Markdown's punctuation
 * backslash-escaped (CommonMark, which the form's renderer follows: any ASCII punctuation may be escaped and then
 * shows as itself), so the reader sees the characters typed and nothing else.
 *
 * <p>Only where it cannot change what the form does: a variable the form submits (a field prefilled with it), reads
 * in a FEEL expression ({@code =…}) or shows through an HTML component is sent as it is; text the application
 * writes as Markdown on purpose (names ending in {@code Markdown}, the complaint's quoted summary, whose
 * complainant's words are escaped where it is written) too. Values are escaped on their way to the form only; the
 * stored variable, the audit trail and mails keep the text as typed.
 */
final class FormText {

  /** Markdown the application writes itself, shown by text components as Markdown. */
  private static final Set<String> APPLICATION_MARKDOWN = Set.of("complaintSummary");
  /** A variable in a template: {@code {{name}}}, {@code {{#if name}}}, {@code {{#loop name}}} (no path). */
  private static final Pattern TEMPLATE_NAME = Pattern.compile("\\{\\{\\s*(?:[#/]\\w+\\s+)?([A-Za-z_]\\w*)\\s*}}");
  /** Any name in an expression or template (over-approximates: keywords and paths' later segments count too). */
  private static final Pattern ANY_NAME = Pattern.compile("[A-Za-z_]\\w*");
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /**
   * The texts of the sale view ({@link SaleView}) that people typed or that carry what they typed (file names):
   * the kiosk's institution ("[Bayar di sini](https://…)" became a live link in every staff form), the purpose, the
   * treasurer's reason, the transfer's reference, the receipt's payer. Paths from the view's root.
   */
  static final java.util.List<String> SALE_TYPED_TEXTS = java.util.List.of("visitor.name", "visitor.institution",
      "visitor.affiliationText",
      "purpose", "transfer.rejectionReason", "transfer.proofText", "payment.reference", "receipt.payerName",
      "signedAgreementText");

  private FormText() {
  }

  /**
   * The sale view as a form gets it: its typed texts ({@link #SALE_TYPED_TEXTS}) escaped, in place (the view is
   * built anew for each reader; pages that show it with Thymeleaf get their own, unescaped).
   */
  @SuppressWarnings("unchecked")
  static java.util.Map<String, Object> escapeSale(java.util.Map<String, Object> sale) {
    for (String path : SALE_TYPED_TEXTS) {
      String[] parts = path.split("\\.");
      java.util.Map<String, Object> holder = sale;
      for (int i = 0; i < parts.length - 1 && holder != null; i++) {
        holder = holder.get(parts[i]) instanceof java.util.Map<?, ?> m ? (java.util.Map<String, Object>) m : null;
      }
      String last = parts[parts.length - 1];
      if (holder != null && holder.get(last) instanceof String text) {
        holder.put(last, escape(text));
      }
    }
    return sale;
  }

  /** The text with every ASCII punctuation character backslash-escaped; null stays null. */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (PUNCTUATION.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /**
   * The variables a form shows through its text components' templates and reads nowhere else: those whose text
   * values are escaped for it.
   */
  static Set<String> shownAsText(JsonNode form) {
    Set<String> inText = new LinkedHashSet<>();
    Set<String> elsewhere = new LinkedHashSet<>(TaskForms.submittedKeys(form));
    if (form != null) {
      collect(form.path("components"), inText, elsewhere);
    }
    inText.removeAll(elsewhere);
    inText.removeIf(n -> n.endsWith("Markdown") || APPLICATION_MARKDOWN.contains(n));
    return inText;
  }

  private static void collect(JsonNode components, Set<String> inText, Set<String> elsewhere) {
    for (JsonNode c : components) {
      boolean text = "text".equals(c.path("type").asText());
      c.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue();
        if (text && "text".equals(field.getKey()) && value.isTextual() && !value.asText().startsWith("=")) {
          Matcher m = TEMPLATE_NAME.matcher(value.asText());
          while (m.find()) {
            inText.add(m.group(1));
          }
        } else if (!"components".equals(field.getKey())) {
          names(value, elsewhere);
        }
      });
      if (c.has("components")) {
        collect(c.path("components"), inText, elsewhere);
      }
    }
  }

  /** Every name in the FEEL expressions and templates under a node (labels, conditions, HTML, options...). */
  private static void names(JsonNode node, Set<String> into) {
    if (node.isTextual()) {
      String s = node.asText();
      if (s.startsWith("=") || s.contains("{{")) {
        Matcher m = ANY_NAME.matcher(s);
        while (m.find()) {
          into.add(m.group());
        }
      }
    } else {
      node.forEach(child -> names(child, into));
    }
  }
}
