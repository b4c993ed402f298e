package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The 10-minute standard on the engine's clock: the next ticket's clock starts when the previous
 * visitor finishes at the counter, in the queue's records only; the waiting sale's own timers read it
 * (the first 10 minutes after arrival, then what remains) and escalate to the supervisor exactly when
 * the standard runs out; the escalation outlives the call. No sleeping: the test moves the clocks.
 */
class QueueStandardTest extends VisitIntegrationTest {

  @Test
  void clockStartsWhenThePreviousVisitorFinishesAndEscalatesWhenItsStandardRunsOut() {
    at("2032-03-02T08:00:00");
    String first = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    at("2032-03-02T08:01:00");
    String second = process.start(guestBook("Rina Wati", "6503015507920012", "rina@example.com"));
    assertThat(queue.byRequest(first).orElseThrow().clockStartedAt()).isNotNull();
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isNull();
    assertThat(activities(second)).containsExactlyInAnyOrder("Task_CallVisitor", "Timer_QueueWait");
    assertThat(due(timer(second, "Timer_QueueWait"))).isEqualTo(wita("2032-03-02T08:11:00"));
    assertThat(callTask(second).getDueDate()).isNull();

    // the first is called before 10 minutes: its pending timer is cancelled, no escalation
    at("2032-03-02T08:02:00");
    assertThat(queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 1", "petugas1"))
        .get().extracting(Ticket::ticketNumber).isEqualTo(queue.byRequest(first).orElseThrow().ticketNumber());
    assertThat(timer(first, "Timer_QueueWait")).isNull();
    assertThat(activities(first)).containsExactly("Task_RecordRequest");

    // the counter session of the first ends at 08:08: the second's clock starts, its deadline is 08:18;
    // the waiting sale is not touched (its timer stays as it was)
    at("2032-03-02T08:08:00");
    queue.finishSession(unit.code(), unit.zoneId(), "Loket 1", "petugas1");
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isEqualTo(clock.instant());
    assertThat(due(timer(second, "Timer_QueueWait"))).isEqualTo(wita("2032-03-02T08:11:00"));
    assertThat(callTask(second).getDueDate()).isNull();

    // 08:11, ten minutes after arrival: not yet over; the call is due at 08:18, the check waits until then
    at("2032-03-02T08:10:59");
    assertThat(executableTimers(second)).isEmpty();
    at("2032-03-02T08:11:00");
    assertThat(executableTimers(second)).hasSize(1);
    engine.getManagementService().executeJob(timer(second, "Timer_QueueWait").getId());
    assertThat(activities(second)).containsExactlyInAnyOrder("Task_CallVisitor", "Timer_QueueWaitRemaining");
    assertThat(callTask(second).getDueDate().toInstant()).isEqualTo(wita("2032-03-02T08:18:00"));
    Job remaining = timer(second, "Timer_QueueWaitRemaining");
    assertThat(due(remaining)).isEqualTo(wita("2032-03-02T08:18:00"));

    at("2032-03-02T08:17:59");
    assertThat(executableTimers(second)).isEmpty();
    at("2032-03-02T08:18:00");
    assertThat(executableTimers(second)).hasSize(1);
    engine.getManagementService().executeJob(remaining.getId());
    Task escalation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(second)
        .taskDefinitionKey("Task_QueueEscalation").singleResult();
    assertThat(escalation).isNotNull();
    assertThat(escalation.getCreateTime().toInstant()).isEqualTo(wita("2032-03-02T08:18:00"));
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .anyMatch(l -> "supervisor".equals(l.getGroupId()));
    assertThat(activities(second)).containsExactlyInAnyOrder("Task_CallVisitor", "Task_QueueEscalation");

    // called directly in Tasklist: the call is recorded, the supervisor's task stays
    at("2032-03-02T08:19:00");
    Task call = callTask(second);
    engine.getIdentityService().setAuthentication("petugas2", List.of("petugas"));
    try {
      engine.getTaskService().claim(call.getId(), "petugas2");
      engine.getTaskService().complete(call.getId(), Variables.putValue("counterName", "Loket 2"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Ticket called = queue.byRequest(second).orElseThrow();
    assertThat(called.calledAt()).isEqualTo(clock.instant());
    assertThat(called.calledBy()).isEqualTo("petugas2");
    assertThat(called.counterName()).isEqualTo("Loket 2");
    assertThat(called.standardWait()).hasMinutes(11);
    assertThat(activities(second)).containsExactlyInAnyOrder("Task_RecordRequest", "Task_QueueEscalation");
  }

  @Test
  void aClockRunningFromArrivalEscalatesTenMinutesAfterArrival() {
    at("2032-03-04T10:00:00");
    String alone = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    assertThat(queue.byRequest(alone).orElseThrow().clockStartedAt()).isEqualTo(clock.instant());
    assertThat(callTask(alone).getDueDate().toInstant()).isEqualTo(wita("2032-03-04T10:10:00"));
    at("2032-03-04T10:09:59");
    assertThat(executableTimers(alone)).isEmpty();
    at("2032-03-04T10:10:00");
    engine.getManagementService().executeJob(timer(alone, "Timer_QueueWait").getId());
    assertThat(activities(alone)).containsExactlyInAnyOrder("Task_CallVisitor", "Task_QueueEscalation");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(alone)
        .taskDefinitionKey("Task_QueueEscalation").singleResult().getCreateTime().toInstant())
        .isEqualTo(wita("2032-03-04T10:10:00"));
  }

  @Test
  void withoutAClockTheCheckComesBackAfterAWholeStandardAndNeverEscalates() {
    at("2032-03-05T09:00:00");
    String first = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    at("2032-03-05T09:01:00");
    String second = process.start(guestBook("Rina Wati", "6503015507920012", "rina@example.com"));
    // the first waits uncalled (its own standard is not this test's subject): the second has no clock
    at("2032-03-05T09:11:00");
    engine.getManagementService().executeJob(timer(second, "Timer_QueueWait").getId());
    assertThat(activities(second)).containsExactlyInAnyOrder("Task_CallVisitor", "Timer_QueueWaitRemaining");
    assertThat(due(timer(second, "Timer_QueueWaitRemaining"))).isEqualTo(wita("2032-03-05T09:21:00"));
    at("2032-03-05T09:21:00");
    engine.getManagementService().executeJob(timer(second, "Timer_QueueWaitRemaining").getId());
    assertThat(due(timer(second, "Timer_QueueWaitRemaining"))).isEqualTo(wita("2032-03-05T09:31:00"));
    assertThat(callTask(second).getDueDate()).isNull();
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isNull();

    // both are called (two counters): the call ends the pending check, nothing escalates
    at("2032-03-05T09:25:00");
    queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 1", "petugas1");
    queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 2", "petugas2");
    assertThat(activities(second)).containsExactly("Task_RecordRequest");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instanceId(second)).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId(second))
        .activityId("End_QueueClock").count()).isZero();
  }

  @Test
  void endingASessionNeverTouchesTheWaitingSaleThatAnotherOfficerIsCalling() {
    at("2032-03-06T11:00:00");
    String first = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    String second = process.start(guestBook("Rina Wati", "6503015507920012", "rina@example.com"));
    at("2032-03-06T11:02:00");
    queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 1", "petugas1");
    assertThat(activities(first)).containsExactly("Task_RecordRequest");
    List<Map<String, Object>> before = runtimeRows(second);

    // petugas1 ends the first visitor's session: the second ticket's clock starts in the queue's table only
    at("2032-03-06T11:05:00");
    queue.finishSession(unit.code(), unit.zoneId(), "Loket 1", "petugas1");
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isEqualTo(clock.instant());
    assertThat(runtimeRows(second)).isEqualTo(before); // same executions, task, timer, each at the same revision

    // petugas2 calls the second visitor at once: the completion meets no concurrent update of the sale
    assertThat(queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 2", "petugas2"))
        .get().extracting(Ticket::requestNumber).isEqualTo(second);
    assertThat(activities(second)).containsExactly("Task_RecordRequest");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instanceId(second)).count()).isZero();
  }

  @Test
  void noShowCancelsTheRequestAndStartsTheNextClockRecallIsRecorded() throws Exception {
    at("2032-03-03T10:00:00");
    String first = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    String second = process.start(guestBook("Rina Wati", "6503015507920012", "rina@example.com"));
    at("2032-03-03T10:01:00");
    assertThat(staff("POST", "/laporan/loket/panggil?loket=Loket%203", "petugas1").statusCode()).isEqualTo(302);
    at("2032-03-03T10:02:00");
    assertThat(staff("POST", "/laporan/loket/ulang?loket=Loket%203", "petugas1").statusCode()).isEqualTo(302);
    Ticket recalled = queue.byRequest(first).orElseThrow();
    assertThat(recalled.recallCount()).isEqualTo(1);
    assertThat(recalled.recalledAt()).isEqualTo(clock.instant());

    at("2032-03-03T10:04:00");
    assertThat(staff("POST", "/laporan/loket/tidak-hadir?loket=Loket%203", "petugas1").statusCode()).isEqualTo(302);
    Ticket noShow = queue.byRequest(first).orElseThrow();
    assertThat(noShow.noShow()).isTrue();
    assertThat(noShow.finishedAt()).isEqualTo(clock.instant());
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(first)
        .singleResult();
    assertThat(history.getState()).isEqualTo("COMPLETED");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(history.getId()).variableName("cancelReason").singleResult().getValue())
        .asString().contains("Tidak hadir saat dipanggil");
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isEqualTo(clock.instant());
    assertThat(activities(second)).contains("Task_CallVisitor", "Timer_QueueWait");
  }

  @Test
  void counterPageNeedsAnOfficer() throws Exception {
    assertThat(java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/laporan/loket"))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(staff("GET", "/laporan/loket", "bendahara1").statusCode()).isEqualTo(403);
    assertThat(staff("POST", "/laporan/loket/panggil?loket=Loket%201", "bendahara1").statusCode()).isEqualTo(403);
    assertThat(staff("GET", "/laporan/loket", "petugas1").statusCode()).isEqualTo(200);
    assertThat(staff("GET", "/laporan/antrian", "petugas1").statusCode()).isEqualTo(403);
    assertThat(staff("GET", "/laporan/antrian", "auditor1").statusCode()).isEqualTo(200);
  }

  private List<String> activities(String requestNumber) {
    var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
        .singleResult();
    return engine.getRuntimeService().getActiveActivityIds(pi.getId());
  }

  private Job timer(String requestNumber, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId(requestNumber))
        .activityId(activityId).singleResult();
  }

  /** The sale's timers due now (at the engine's clock). */
  private List<Job> executableTimers(String requestNumber) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId(requestNumber))
        .timers().executable().list();
  }

  private Task callTask(String requestNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(requestNumber)
        .taskDefinitionKey("Task_CallVisitor").singleResult();
  }

  private static Instant due(Job job) {
    return job.getDuedate().toInstant();
  }

  private Instant wita(String witaDateTime) {
    return java.time.LocalDateTime.parse(witaDateTime).atZone(unit.zoneId()).toInstant();
  }

  /** The sale's runtime rows with their revisions: executions, tasks, jobs, event subscriptions. */
  private List<Map<String, Object>> runtimeRows(String requestNumber) {
    String id = instanceId(requestNumber);
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    rows.addAll(jdbc.queryForList("select 'execution' as kind, ID_, REV_, ACT_ID_ from ACT_RU_EXECUTION "
        + "where PROC_INST_ID_ = ? order by ID_", id));
    rows.addAll(jdbc.queryForList("select 'task' as kind, ID_, REV_, DUE_DATE_ from ACT_RU_TASK "
        + "where PROC_INST_ID_ = ? order by ID_", id));
    rows.addAll(jdbc.queryForList("select 'job' as kind, ID_, REV_, DUEDATE_ from ACT_RU_JOB "
        + "where PROCESS_INSTANCE_ID_ = ? order by ID_", id));
    rows.addAll(jdbc.queryForList("select 'subscription' as kind, ID_, EVENT_NAME_ from ACT_RU_EVENT_SUBSCR "
        + "where PROC_INST_ID_ = ? order by ID_", id));
    return rows;
  }

  private String instanceId(String requestNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
        .singleResult().getId();
  }
}
