package id.go.bps.pst.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The same task rights as Camunda's default, with fewer statements per task (issue 13). Camunda
 * grants a task's candidate group and its assignee each a row in {@code ACT_RU_AUTHORIZATION}, looking
 * up an existing row first, and before every authorization check it reads the list of all groups that
 * have any authorization row at all. Four things here change the cost, not who may do what:
 * <ul>
 *   <li>a task created in this very command has no authorization rows in the database yet, so the
 *   lookup before inserting its candidate group's row is skipped (the insert is the same);</li>
 *   <li>an assignee who is the signed-in user and a member of one of the task's candidate groups
 *   already holds the task's rights through that group's row (the same permissions), so no second row
 *   is written for them. Any other assignee (a supervisor assigning someone else, a job) gets the row
 *   as before;</li>
 *   <li>the signed-in user's few groups are used as they are in the authorization query instead of being
 *   intersected first with every group that has an authorization (one {@code select distinct} per
 *   command): a group without rows matches nothing either way. Users with many groups keep Camunda's
 *   filtering;</li>
 *   <li>a member of a task's candidate group who works on the task (completes it) is let through
 *   without the authorization query: the group's row says yes, and nothing can say no (no revokes).</li>
 * </ul>
 */
@Component
class TaskAuthorizationRows extends AbstractProcessEnginePlugin {

  /** Up to this many groups are passed to the authorization query unfiltered. */
  static final int UNFILTERED_GROUPS = 16;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getResourceAuthorizationProvider() == null) {
      configuration.setResourceAuthorizationProvider(new Provider());
    }
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new ManagerFactory());
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's default task authorizations without the lookups that cannot find anything. */
  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (newAssignee != null && task instanceof TaskEntity entity && holdsThroughCandidateGroup(entity, newAssignee)) {
        return null;
      }
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId, Resource resource) {
      if (createdInThisCommand(taskId)) {
        return null;
      }
      return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }

    private static boolean createdInThisCommand(String taskId) {
      CommandContext command = Context.getCommandContext();
      if (command == null || taskId == null) {
        return false;
      }
      CachedDbEntity cached = command.getDbEntityManager().getDbEntityCache().getCachedEntity(TaskEntity.class, taskId);
      return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
    }

    private static boolean holdsThroughCandidateGroup(TaskEntity task, String assignee) {
      CommandContext command = Context.getCommandContext();
      Authentication current = command == null ? null : command.getAuthentication();
      if (current == null || !assignee.equals(current.getUserId()) || current.getGroupIds() == null
          || current.getGroupIds().isEmpty()) {
        return false;
      }
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && current.getGroupIds().contains(link.getGroupId())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Camunda's authorization manager, without the group intersection query for users with few groups,
   * and without a query for the one check whose answer is already in memory: working on a task (complete,
   * resolve, set its variables) by a member of one of the task's candidate groups. That group's row on
   * the task, written by {@link Provider} with the candidate group, grants exactly the engine's default
   * task permission ({@code TASK_WORK} here), and revoke authorizations are not used
   * ({@code authorization-check-revokes: never}); so the answer is yes without asking the database. Every
   * other check (other users, other permissions, queries, the Tasklist's lists) goes to the database as
   * before. Task rights are therefore managed through candidate groups (Modeler, Tasklist's "groups"),
   * not by editing a candidate group's task row in the Admin app.
   */
  public static class LeanAuthorizationManager extends AuthorizationManager {

    public LeanAuthorizationManager() {
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
      if (workByCandidateGroupMember(groupIds, check)) {
        return true;
      }
      return super.isAuthorized(userId, groupIds, check);
    }

    private static boolean workByCandidateGroupMember(List<String> groupIds, CompositePermissionCheck check) {
      if (groupIds == null || groupIds.isEmpty() || !check.isDisjunctive() || !check.getCompositeChecks().isEmpty()) {
        return false;
      }
      CommandContext command = Context.getCommandContext();
      if (command == null) {
        return false;
      }
      ProcessEngineConfigurationImpl configuration = command.getProcessEngineConfiguration();
      if (!(configuration.getResourceAuthorizationProvider() instanceof Provider)
          || !"never".equalsIgnoreCase(configuration.getAuthorizationCheckRevokes())) {
        return false;
      }
      Permission granted = configuration.getDefaultUserPermissionForTask();
      for (PermissionCheck atomic : check.getAtomicChecks()) {
        if (atomic.getResourceType() != Resources.TASK.resourceType() || atomic.getResourceId() == null
            || granted == null || atomic.getPermission().getValue() != granted.getValue()) {
          continue;
        }
        TaskEntity task = command.getDbEntityManager().getCachedEntity(TaskEntity.class, atomic.getResourceId());
        if (task != null && task.getExecutionId() != null && candidateGroupMember(task, groupIds)) {
          return true;
        }
      }
      return false;
    }

    private static boolean candidateGroupMember(TaskEntity task, List<String> groupIds) {
      for (IdentityLinkEntity link : task.getIdentityLinks()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
            && groupIds.contains(link.getGroupId())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= UNFILTERED_GROUPS) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }

  /** Opens {@link LeanAuthorizationManager} wherever the engine asks for its authorization manager. */
  static class ManagerFactory extends GenericManagerFactory {

    ManagerFactory() {
      super(LeanAuthorizationManager.class);
    }

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }
  }
}
