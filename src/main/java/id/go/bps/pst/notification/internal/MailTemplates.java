package id.go.bps.pst.notification.internal;

import id.go.bps.pst.notification.MailType;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from templates/mail/&lt;name&gt;.html (HTML) and .txt (plain text, Thymeleaf TEXT
 * mode). Own engines, not beans, so Spring Boot's web template engine stays as it is.
 */
@Component
public class MailTemplates {

  private static final Locale ID = Locale.forLanguageTag("id-ID");

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

  public String html(MailType type, Map<String, Object> model) {
    return html.process(type.template(), new Context(ID, model));
  }

  public String text(MailType type, Map<String, Object> model) {
    return text.process(type.template(), new Context(ID, model));
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
