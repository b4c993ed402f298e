package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The 10-minute standard on the engine's clock: the next ticket's clock starts when the previous
 * visitor finishes at the counter; its timer is due exactly 10 minutes later and escalates to the
 * supervisor; the escalation outlives the call. No sleeping: the test moves the clocks.
 */
class QueueStandardTest extends VisitIntegrationTest {

  @Test
  void clockStartsWhenThePreviousVisitorFinishesAndEscalatesAfterTenMinutes() {
    at("2032-03-02T08:00:00");
    String first = process.start(guestBook("Andi Saputra", "6503011507900011", "andi@example.com"));
    at("2032-03-02T08:01:00");
    String second = process.start(guestBook("Rina Wati", "6503015507920012", "rina@example.com"));
    assertThat(queue.byRequest(first).orElseThrow().clockStartedAt()).isNotNull();
    assertThat(queue.byRequest(second).orElseThrow().clockStartedAt()).isNull();
    assertThat(activities(second)).contains("Task_CallVisitor", "Event_QueueClockStarted");

    // the first is called before 10 minutes: its pending timer is cancelled, no escalation
    at("2032-03-02T08:02:00");
    assertThat(queue.callNext(unit.code(), unit.zoneId(), QueueService.SALES, "Loket 1", "petugas1"))
        .get().extracting(Ticket::ticketNumber).isEqualTo(queue.byRequest(first).orElseThrow().ticketNumber());
    assertThat(timer(first)).isNull();
    assertThat(activities(first)).containsExactly("Task_RecordRequest");

    // the counter session of the first ends at 08:12: the second's clock starts now
    at("2032-03-02T08:12:00");
    queue.finishSession(unit.code(), unit.zoneId(), "Loket 1", "petugas1");
    Ticket waiting = queue.byRequest(second).orElseThrow();
    assertThat(waiting.clockStartedAt()).isEqualTo(clock.instant());
    Job timer = timer(second);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(clock.instant().plusSeconds(600));

    at("2032-03-02T08:21:59");
    assertThat(executableTimers(second)).isEmpty();
    at("2032-03-02T08:22:01");
    assertThat(executableTimers(second)).hasSize(1);
    engine.getManagementService().executeJob(timer.getId());
    Task escalation = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(second)
        .taskDefinitionKey("Task_QueueEscalation").singleResult();
    assertThat(escalation).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
        .anyMatch(l -> "supervisor".equals(l.getGroupId()));
    assertThat(activities(second)).contains("Task_CallVisitor", "Task_QueueEscalation");

    // called directly in Tasklist: the call is recorded, the supervisor's task stays
    at("2032-03-02T08:23:00");
    Task call = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(second)
        .taskDefinitionKey("Task_CallVisitor").singleResult();
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
    assertThat(activities(second)).contains("Task_RecordRequest", "Task_QueueEscalation");
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

  private Job timer(String requestNumber) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId(requestNumber))
        .activityId("Timer_QueueWait").singleResult();
  }

  private List<Job> executableTimers(String requestNumber) {
    return engine.getManagementService().createJobQuery().processInstanceId(instanceId(requestNumber))
        .activityId("Timer_QueueWait").executable().list();
  }

  private String instanceId(String requestNumber) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
        .singleResult().getId();
  }
}
