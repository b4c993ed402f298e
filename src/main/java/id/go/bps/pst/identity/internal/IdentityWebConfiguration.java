package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.AccessControl;
import id.go.bps.pst.identity.CurrentUser;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@link CurrentUser} as a controller method argument (the user Spring Security authenticated, see
 * {@link WebSecurity}).
 */
@Configuration(proxyBeanMethods = false)
public class IdentityWebConfiguration implements WebMvcConfigurer {

  /** Lazy, so web-slice tests of other modules (which load WebMvcConfigurers) need no engine. */
  private final ObjectProvider<AccessControl> accessControl;

  public IdentityWebConfiguration(ObjectProvider<AccessControl> accessControl) {
    this.accessControl = accessControl;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new HandlerMethodArgumentResolver() {
      @Override
      public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType());
      }

      @Override
      public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return accessControl.getObject().requireAuthenticated();
      }
    });
  }
}
