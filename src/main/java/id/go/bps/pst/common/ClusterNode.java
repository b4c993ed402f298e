package id.go.bps.pst.common;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this application node in a cluster ({@code pst.cluster.node-id}, env {@code PST_NODE_ID}).
 * It is the job executor's lock owner in Camunda's job table, the owner of claimed outbox mails and
 * the route suffix of the session cookie that the load balancer uses for sticky sessions. Each node of
 * a cluster needs its own; without a setting it is the host name and process id.
 */
public final class ClusterNode {

  private final String id;

  public ClusterNode(String configured) {
    String raw = configured == null || configured.isBlank() ? hostName() + "-" + ProcessHandle.current().pid()
        : configured.strip();
    // letters, digits, '-' and '_' only: it ends a session id after a '.', and it goes into columns of 64
    String clean = raw.replaceAll("[^A-Za-z0-9_-]", "-");
    this.id = clean.length() > 64 ? clean.substring(0, 64) : clean;
  }

  /** This node's id. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
