package id.go.bps.pst.common.web;

import id.go.bps.pst.common.Labelled;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts of the visitor's pages produced in Java, in the page's language (the visitor's choice, see
 * {@link VisitorLocaleConfiguration}). Templates call it as {@code ${@visitorText.label(request.status)}};
 * controllers for the messages they put in the model. Only what people read on the page: what is stored, logged
 * or shown to staff stays the Indonesian text.
 */
@Component("visitorText")
public class VisitorText {

  private final MessageSource messages;

  public VisitorText(MessageSource messages) {
    this.messages = messages;
  }

  /** The page's language: English or Indonesian. */
  public Locale locale() {
    return VisitorLocaleConfiguration.supported(LocaleContextHolder.getLocale());
  }

  public boolean english() {
    return "en".equals(locale().getLanguage());
  }

  /** The label of a fixed value ({@code label.<Enum>.<CONSTANT>}); its Indonesian label when the key is missing. */
  public String label(Labelled value) {
    if (value == null) {
      return "";
    }
    String type = value instanceof Enum<?> e ? e.getDeclaringClass().getSimpleName() : value.getClass().getSimpleName();
    String name = value instanceof Enum<?> e ? e.name() : value.label();
    return messages.getMessage("label." + type + "." + name, null, value.label(), locale());
  }

  /** The message of the key in the page's language. */
  public String text(String key, Object... args) {
    return messages.getMessage(key, args, locale());
  }

  /** The message of the key, or {@code fallback} (as it is) when the bundles have no such key. */
  public String textOr(String key, String fallback, Object... args) {
    return messages.getMessage(key, args, fallback, locale());
  }

  /** A text typed by staff without its HTML tags, for a visitor's page ({@link PlainText}). */
  public String plain(String text) {
    return PlainText.of(text);
  }

  /**
   * A reason typed by staff, without its HTML tags and its closing full stop, for a sentence that ends it itself
   * ("Alasan ditolak: {0}. Unggah …": a reason ending in "." read "tersebut.. Unggah").
   */
  public String clause(String text) {
    String plain = PlainText.of(text);
    return plain == null ? null : plain.strip().replaceAll("[.!;:,\\s]+$", "");
  }

  /**
   * For a message that exists in Indonesian as an exact sentence of its own (a check's refusal with its figures):
   * that sentence on an Indonesian page, the key's shorter text on an English one.
   */
  public String exactOr(String key, String indonesian, Object... args) {
    return english() ? messages.getMessage(key, args, indonesian, locale()) : indonesian;
  }
}
