package id.go.bps.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Works whole sales generically, as officers in Tasklist and the job executor would: start the sale,
 * then while the instance runs, execute its due asynchronous jobs and complete its open user tasks
 * one at a time (oldest first), each with {@link SaleVariables}' entry for the task's key, as a user
 * of the task's candidate group. Nothing here knows the model's tasks.
 *
 * <p>The engine is used only for what the sale costs: the start ({@code FormService.submitStartForm}),
 * {@code TaskService.complete} and {@code ManagementService.executeJob}. Finding the open tasks, due
 * jobs and a form value is the benchmark's own bookkeeping, not part of a sale; it reads Camunda's
 * runtime tables with plain SELECTs on a separate connection pool ({@code lookups}) whose statements are
 * not counted, so that the statements per sale are those the sale sends.
 *
 * <p>Concurrent-update failures (optimistic locking, deadlocks, lock wait timeouts) are retried at
 * once, as an officer presses "Complete" again, and counted; any other failure stops the benchmark.
 */
public final class SaleDriver {

  /**
   * Receives what happened: a step's latency (including retries), the CPU time the officer's thread spent in
   * it (the JVM's side of the step: engine, application, driver; not the database server's), and each retry.
   */
  public interface Recorder {
    void step(String step, boolean userTask, long nanos, long cpuNanos);

    void retry(String step, String kind);
  }

  public static final String START_STEP = "start";
  static final String JOB_PREFIX = "job:";
  private static final int MAX_ATTEMPTS = 10;
  private static final int MAX_STEPS = 500;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private final ProcessEngine engine;
  private final DataSource lookups;
  private final String definitionId;
  /** The unit (Camunda tenant) the simulated officers belong to, when the engine has units (README "Units"). */
  private final List<String> tenantIds;

  public SaleDriver(ProcessEngine engine, DataSource lookups, String processKey) {
    this.engine = engine;
    this.lookups = lookups;
    var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("no process definition '" + processKey + "' is deployed on engine "
          + engine.getName());
    }
    this.definitionId = definition.getId();
    String unit = System.getProperty("bench.unit", "6503");
    this.tenantIds = engine.getIdentityService().createTenantQuery().tenantId(unit).count() > 0 ? List.of(unit)
        : List.of();
  }

  /** Works one whole sale as officer {@code officer}; returns its process instance id. */
  public String sale(int officer, Recorder recorder) {
    SaleContext sale = new SaleContext(officer);
    Map<String, Object> startForm = SaleVariables.start(sale);
    timed(START_STEP, false, recorder, () -> as(officer, SaleVariables.STARTED_BY_GROUP, null, () ->
        sale.processInstanceId = engine.getFormService().submitStartForm(definitionId, startForm).getId()));
    for (int steps = 0; running(sale.processInstanceId); steps++) {
      if (steps > MAX_STEPS) {
        throw new IllegalStateException("sale " + sale.processInstanceId + " did not end after " + MAX_STEPS
            + " steps; waiting at " + activeActivities(sale.processInstanceId));
      }
      List<DueJob> jobs = dueJobs(sale.processInstanceId);
      if (!jobs.isEmpty()) {
        for (DueJob job : jobs) {
          // the job executor runs without an authenticated user
          timed(JOB_PREFIX + job.activityId(), false, recorder,
              () -> engine.getManagementService().executeJob(job.id()));
        }
        continue;
      }
      OpenTask task = oldestOpenTask(sale.processInstanceId);
      if (task == null) {
        throw new IllegalStateException("sale " + sale.processInstanceId + " waits at "
            + activeActivities(sale.processInstanceId) + " with neither an open user task nor a due job");
      }
      Map<String, Object> variables = SaleVariables.forTask(task.key(), sale);
      timed(task.key(), true, recorder, () -> as(officer, task.group(), task.assignee(),
          () -> engine.getTaskService().complete(task.id(), Variables.fromMap(variables))));
    }
    return sale.processInstanceId;
  }

  private void as(int officer, String group, String assignee, Runnable action) {
    String user = group != null ? group + "-" + officer : assignee != null ? assignee : "officer-" + officer;
    engine.getIdentityService().setAuthentication(user, group == null ? List.of() : List.of(group), tenantIds);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void timed(String step, boolean userTask, Recorder recorder, Runnable action) {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        action.run();
        long nanos = System.nanoTime() - t0;
        recorder.step(step, userTask, nanos, THREADS.getCurrentThreadCpuTime() - cpu0);
        return;
      } catch (RuntimeException e) {
        String kind = Conflicts.kind(e);
        if (kind == null || attempt == MAX_ATTEMPTS) {
          throw new IllegalStateException("step " + step + " failed" + (kind == null ? "" : " " + attempt
              + " times (" + kind + ")") + ": " + e, e);
        }
        recorder.retry(step, kind);
      }
    }
  }

  // ---- the benchmark's own lookups (plain SELECTs on Camunda's runtime tables, not counted) ----------

  private record OpenTask(String id, String key, String group, String assignee) {}

  private record DueJob(String id, String activityId) {}

  private boolean running(String processInstanceId) {
    return !query("select ID_ from ACT_RU_EXECUTION where ID_ = ?", processInstanceId).isEmpty();
  }

  private List<String> activeActivities(String processInstanceId) {
    return query("select ACT_ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ? and ACT_ID_ is not null",
        processInstanceId);
  }

  private OpenTask oldestOpenTask(String processInstanceId) {
    try (Connection c = lookups.getConnection();
        PreparedStatement st = c.prepareStatement("select ID_, TASK_DEF_KEY_, ASSIGNEE_ from ACT_RU_TASK "
            + "where PROC_INST_ID_ = ? order by CREATE_TIME_, ID_")) {
      st.setString(1, processInstanceId);
      String id;
      String key;
      String assignee;
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        id = rs.getString(1);
        key = rs.getString(2);
        assignee = rs.getString(3);
      }
      List<String> groups = query(c, "select GROUP_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ = ? "
          + "and TYPE_ = 'candidate' and GROUP_ID_ is not null order by GROUP_ID_", id);
      return new OpenTask(id, key, groups.isEmpty() ? null : groups.get(0), assignee);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<DueJob> dueJobs(String processInstanceId) {
    List<DueJob> due = new ArrayList<>();
    try (Connection c = lookups.getConnection();
        PreparedStatement st = c.prepareStatement("select j.ID_, d.ACT_ID_, j.RETRIES_, j.EXCEPTION_MSG_, j.DUEDATE_ "
            + "from ACT_RU_JOB j left join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ "
            + "where j.PROCESS_INSTANCE_ID_ = ? and j.SUSPENSION_STATE_ = 1 order by j.CREATE_TIME_, j.ID_")) {
      st.setString(1, processInstanceId);
      Timestamp now = new Timestamp(System.currentTimeMillis());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Timestamp dueDate = rs.getTimestamp(5);
          if (rs.getInt(3) <= 0) {
            throw new IllegalStateException("job at " + rs.getString(2) + " of sale " + processInstanceId
                + " has failed (incident): " + rs.getString(4));
          }
          if (dueDate == null || !dueDate.after(now)) {
            due.add(new DueJob(rs.getString(1), rs.getString(2)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return due;
  }

  private List<String> query(String sql, String parameter) {
    try (Connection c = lookups.getConnection()) {
      return query(c, sql, parameter);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> query(Connection c, String sql, String parameter) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, parameter);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }

  /** A process-level variable of a simple type, read as the form would show it; null when absent. */
  private Object variable(String processInstanceId, String name) {
    try (Connection c = lookups.getConnection();
        PreparedStatement st = c.prepareStatement("select TYPE_, LONG_, DOUBLE_, TEXT_ from ACT_RU_VARIABLE "
            + "where PROC_INST_ID_ = ? and EXECUTION_ID_ = PROC_INST_ID_ and NAME_ = ?")) {
      st.setString(1, processInstanceId);
      st.setString(2, name);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        String type = rs.getString(1);
        return switch (type) {
          case "long" -> rs.getLong(2);
          case "integer" -> (int) rs.getLong(2);
          case "short" -> (short) rs.getLong(2);
          case "boolean" -> rs.getLong(2) == 1;
          case "double" -> rs.getDouble(3);
          case "string" -> rs.getString(4);
          case "null" -> null;
          default -> throw new IllegalStateException("variable " + name + " is of type " + type
              + "; SaleVariables can read only simple values");
        };
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private final class SaleContext implements SaleVariables.Sale {
    private final int officer;
    private String processInstanceId;

    SaleContext(int officer) {
      this.officer = officer;
    }

    @Override
    public int officer() {
      return officer;
    }

    @Override
    public Object variable(String name) {
      return SaleDriver.this.variable(processInstanceId, name);
    }
  }
}
