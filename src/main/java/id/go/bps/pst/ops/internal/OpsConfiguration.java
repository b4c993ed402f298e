package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.ClusterNode;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The operations module: this node's identity, and where it shows (job lock owner, session route). */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

  @Bean
  static ClusterNode clusterNode(Environment environment) {
    return new ClusterNode(configuredId(environment));
  }

  /** {@code pst.cluster.node-id}, or the environment variable PST_NODE_ID in any profile. */
  static String configuredId(Environment environment) {
    return environment.getProperty("pst.cluster.node-id", environment.getProperty("PST_NODE_ID", ""));
  }

  /** Static, so it sees the job executor bean; reads the node id from the environment itself. */
  @Bean
  static BeanPostProcessor jobExecutorLockOwner(Environment environment) {
    return new JobExecutorLockOwner(new ClusterNode(configuredId(environment)));
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(ClusterNode node) {
    return new SessionRoute(node);
  }
}
