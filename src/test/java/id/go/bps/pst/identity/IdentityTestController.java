package id.go.bps.pst.identity;

import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints of {@link IdentityIntegrationTest}: one protected, one that needs a group, one
 * public. Part of the shared test context ({@link id.go.bps.pst.SharedContextTest} imports it, so that
 * the identity test needs no context of its own); no other test calls these paths. {@code @TestComponent}
 * keeps it out of component scanning: only a context that imports it has it.
 */
@TestComponent
@RestController
public class IdentityTestController {

  private final AccessControl accessControl;

  IdentityTestController(AccessControl accessControl) {
    this.accessControl = accessControl;
  }

  @GetMapping("/api/identity-test/me")
  Map<String, Object> me(CurrentUser user) {
    return Map.of("userId", user.userId(), "groups", user.groups());
  }

  @GetMapping("/api/identity-test/supervisor-only")
  Map<String, Object> supervisorOnly() {
    return Map.of("userId", accessControl.requireAnyGroup(PstGroups.SUPERVISOR).userId());
  }

  @PostMapping("/api/identity-test/echo")
  Map<String, Object> echo(CurrentUser user) {
    return Map.of("userId", user.userId());
  }

  @GetMapping("/api/catalog/identity-test")
  Map<String, Object> publicCatalog() {
    return Map.of("public", true, "authenticated", accessControl.currentUser().isPresent());
  }
}
