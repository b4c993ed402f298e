package id.go.bps.pst.payment.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Wires the module's configuration and warns when the demonstration secret is in use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentModuleConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(PaymentModuleConfiguration.class);

  private final PaymentProperties properties;

  PaymentModuleConfiguration(PaymentProperties properties) {
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAboutDemoSecret() {
    if (properties.usesDemoSecret()) {
      LOG.warn("Bank notifications are checked with the demonstration secret; set PST_PAYMENT_SECRET in production.");
    }
  }
}
