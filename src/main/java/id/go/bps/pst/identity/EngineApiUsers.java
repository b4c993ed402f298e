package id.go.bps.pst.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who calls the engine's API: the HTTP Basic user of {@code /engine-rest} (the engine's authentication, set
 * before our filters run) or the user signed in to the webapps for {@code /camunda/api/engine} (their session;
 * the webapps set the engine's authentication only inside their own filters). For filters in front of the engine
 * API that decide by the caller's groups.
 */
public final class EngineApiUsers {

  private EngineApiUsers() {}

  /** The caller's user id, if any. */
  public static Optional<String> userId(HttpServletRequest request, ProcessEngine engine) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return Optional.of(current.getUserId());
    }
    return id.go.bps.pst.identity.internal.WebappSessionUsers.userId(request, engine);
  }

  /** The caller's groups (empty without a caller). */
  public static Set<String> groups(HttpServletRequest request, ProcessEngine engine) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null && current.getGroupIds() != null) {
      return Set.copyOf(current.getGroupIds());
    }
    return userId(request, engine).map(user -> WithoutAuthentication.call(engine.getIdentityService(),
        () -> engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
            .collect(Collectors.toUnmodifiableSet()))).orElse(Set.of());
  }
}
