package id.go.bps.pst.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the visitor's pages: Bahasa Indonesia ({@code spring.web.locale}, {@code id}) for everybody,
 * whatever the browser's Accept-Language (many Indonesian phones are set to English); English only when the
 * visitor chose it with the switch on the page ({@code ?lang=en} on a GET, {@code ?lang=id} back), kept in the
 * cookie {@value #COOKIE} (HttpOnly, SameSite=Lax, path /, one year). Only {@code id} and {@code en} exist:
 * any other {@code lang} value is ignored, any other cookie value reads as Indonesian. Texts come from
 * {@code messages.properties} (Indonesian, the base) and {@code messages_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
public class VisitorLocaleConfiguration implements WebMvcConfigurer {

  /** The cookie that keeps the visitor's choice. */
  public static final String COOKIE = "pst-lang";
  /** The query parameter of the switch. */
  public static final String PARAMETER = "lang";
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final Locale defaultLocale;

  public VisitorLocaleConfiguration(WebProperties web) {
    this.defaultLocale = supported(web.getLocale() == null ? INDONESIAN : web.getLocale());
  }

  /** English, or else Indonesian: the two languages of the pages. */
  static Locale supported(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
  }

  /** The resolver by the name DispatcherServlet looks up; replaces Boot's Accept-Language resolver. */
  @Bean(name = "localeResolver")
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
      @Override
      protected Locale parseLocaleValue(String value) {
        // never throws: a cookie someone wrote by hand reads as the default (Indonesian), quietly
        return value != null && "en".equalsIgnoreCase(value.strip()) ? Locale.ENGLISH : null;
      }
    };
    resolver.setDefaultLocaleFunction(request -> defaultLocale); // never the browser's Accept-Language
    resolver.setRejectInvalidCookies(false);
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    resolver.setCookiePath("/");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new SwitchInterceptor());
  }

  /**
   * Spring's {@link LocaleChangeInterceptor} on GET only, and only for {@code id} and {@code en}: a form post is
   * never read for the parameter (its body and CSRF token are left alone), an unknown value changes nothing and
   * is not logged.
   */
  static final class SwitchInterceptor extends LocaleChangeInterceptor {

    SwitchInterceptor() {
      setParamName(PARAMETER);
      setHttpMethods("GET");
      setIgnoreInvalidLocale(true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
        throws jakarta.servlet.ServletException {
      if (!"GET".equals(request.getMethod())) {
        return true;
      }
      String value = request.getParameter(PARAMETER);
      if (!"id".equals(value) && !"en".equals(value)) {
        return true;
      }
      return super.preHandle(request, response, handler);
    }

    @Override
    protected Locale parseLocaleValue(String value) {
      return "en".equals(value) ? Locale.ENGLISH : INDONESIAN;
    }
  }
}
