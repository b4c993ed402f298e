package id.go.bps.pst.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated Camunda user of the current request.
 *
 * @param userId the Camunda user id
 * @param groups the ids of the Camunda groups the user is a member of
 * @param tenants the ids of the Camunda tenants the user belongs to (directly or through a group)
 */
public record CurrentUser(String userId, Set<String> groups, List<String> tenants) {

  public CurrentUser {
    Objects.requireNonNull(userId, "userId");
    groups = Set.copyOf(groups);
    tenants = List.copyOf(tenants);
  }

  /** True when the user is a member of at least one of the given groups. */
  public boolean isMemberOfAny(String... groupIds) {
    return Arrays.stream(groupIds).anyMatch(groups::contains);
  }
}
