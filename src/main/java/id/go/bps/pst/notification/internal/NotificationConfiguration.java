package id.go.bps.pst.notification.internal;

import id.go.bps.pst.notification.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The notification module: its settings and the scheduled outbox sender. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailProperties.class)
class NotificationConfiguration {
}
