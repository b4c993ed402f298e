package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.ClusterNode;
import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Session ids end in ".&lt;node id&gt;" (Tomcat's jvmRoute), so the load balancer sends an officer
 * back to the node that holds the session (sticky sessions; see docs/operations.md, "Sessions").
 */
final class SessionRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final ClusterNode node;

  SessionRoute(ClusterNode node) {
    this.node = node;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
      if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
        for (Container c = context.getParent(); c != null; c = c.getParent()) {
          if (c instanceof Engine engine) {
            engine.setJvmRoute(node.id());
          }
        }
      }
    }));
  }
}
