package id.go.bps.pst.notification;

import java.time.Instant;

/**
 * What a visitor's mail links to: a personal, expiring link to their request. The notification module
 * names what it needs and the portal module provides it, so notification does not depend on portal
 * (which depends on the process, which uses complaints, which send mail: that was a cycle).
 */
public interface VisitorLinks {

  /** A fresh link to the visitor's own request page. */
  Link issue(String requestNumber);

  record Link(String url, Instant expiresAt) {
  }
}
