package id.go.bps.pst.portal.internal;

import id.go.bps.pst.notification.VisitorLinks;
import id.go.bps.pst.portal.PortalLinks;
import org.springframework.stereotype.Component;

/** The portal's signed links, as the notification module asks for them in its mails. */
@Component
class PortalMailLinks implements VisitorLinks {

  private final PortalLinks links;

  PortalMailLinks(PortalLinks links) {
    this.links = links;
  }

  @Override
  public Link issue(String requestNumber) {
    PortalLinks.Link link = links.issue(requestNumber);
    return new Link(link.url(), link.expiresAt());
  }
}
