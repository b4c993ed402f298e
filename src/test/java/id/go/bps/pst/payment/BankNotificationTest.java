package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bank notification endpoint over real HTTP, with a process waiting for {@code PaymentReceived}. */
class BankNotificationTest extends PaymentIntegrationTest {

  private final ObjectMapper json = new ObjectMapper();

  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;

  @Test
  void notificationReplayedTwentyTimesConcurrentlyRecordsOnePaymentAndMovesTheProcessOnce() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 350_000);
    ProcessInstance process = startWaitingProcess(requestNumber);
    Instant paidAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String ntpn = newNtpn();
    String body = body(billing.code(), 350_000, paidAt, ntpn);

    int senders = 20;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < senders; i++) {
        Callable<HttpResponse<String>> send = () -> {
          start.await();
          return postSigned(body);
        };
        responses.add(pool.submit(send));
      }
      start.countDown();
      int accepted = 0;
      int replays = 0;
      for (Future<HttpResponse<String>> f : responses) {
        HttpResponse<String> response = f.get(120, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("payment").path("ntpn").asText()).isEqualTo(ntpn);
        switch (answer.path("result").asText()) {
          case "ACCEPTED" -> accepted++;
          case "REPLAY" -> replays++;
          default -> throw new AssertionError(response.body());
        }
      }
      assertThat(accepted).isEqualTo(1);
      assertThat(replays).isEqualTo(senders - 1);
    } finally {
      pool.shutdownNow();
    }

    Integer payments = jdbc.queryForObject(
        "select count(*) from pst_payment where request_number = ?", Integer.class, requestNumber);
    assertThat(payments).isEqualTo(1);
    Payment payment = paymentService.findPayment(requestNumber).orElseThrow();
    assertThat(payment.method()).isEqualTo(PaymentMethod.BANK);
    assertThat(payment.amount()).isEqualTo(350_000);
    assertThat(payment.billingCode()).isEqualTo(billing.code());
    assertThat(payment.paidAt()).isEqualTo(paidAt);
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.PAID);

    // the process moved exactly once: one pass through the message event, one receipt task
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId()).activityId("Event_PaymentReceived").finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(process.getId()).activityId("Task_IssueReceipt").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(process.getId()).count()).isEqualTo(1);
    Map<String, Object> variables = runtimeService.getVariables(process.getId());
    assertThat(variables)
        .containsEntry("paymentMethod", "BANK")
        .containsEntry("paid", true)
        .containsEntry("ntpn", ntpn)
        .containsEntry("ntb", "NTB" + ntpn.substring(0, 8))
        .containsEntry("bank", "BANK BRI")
        .containsEntry("channel", "TELLER")
        .containsEntry("paidAt", Date.from(paidAt));

    // every notification is in the treasurer's log: one accepted, the rest replays
    List<Map<String, Object>> log = jdbc.queryForList(
        "select outcome, count(*) as n from pst_payment_notification_log where billing_code = ? group by outcome",
        billing.code());
    assertThat(log).hasSize(2);
    assertThat(count(log, "ACCEPTED")).isEqualTo(1);
    assertThat(count(log, "REPLAY")).isEqualTo(senders - 1);

    // a late replay after the process moved on is still answered 200 with the same payment
    HttpResponse<String> late = postSigned(body);
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(json.readTree(late.body()).path("result").asText()).isEqualTo("REPLAY");
    assertThat(json.readTree(late.body()).path("payment").path("id").asLong()).isEqualTo(payment.id());
  }

  private static long count(List<Map<String, Object>> rows, String outcome) {
    return rows.stream().filter(r -> outcome.equals(r.get("outcome") == null ? r.get("OUTCOME") : r.get("outcome")))
        .mapToLong(r -> ((Number) (r.get("n") == null ? r.get("N") : r.get("n"))).longValue())
        .sum();
  }

  @Test
  void wrongAmountIsRefusedAndRecorded() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 70_000);
    ProcessInstance process = startWaitingProcess(requestNumber);

    HttpResponse<String> response = postSigned(body(billing.code(), 75_000, Instant.now(), newNtpn()));

    assertRefused(response, 422, "WRONG_AMOUNT", billing.code(), 75_000L);
    assertThat(json.readTree(response.body()).path("message").asText()).contains("Rp75.000").contains("Rp70.000");
    assertNothingMoved(requestNumber, process, billing.code());
  }

  @Test
  void unknownCodeIsRefusedAndRecorded() throws Exception {
    String unknown = "999" + String.valueOf(System.nanoTime()).substring(0, 12);
    HttpResponse<String> response = postSigned(body(unknown, 70_000, Instant.now(), newNtpn()));
    assertRefused(response, 404, "UNKNOWN_CODE", unknown, 70_000L);
  }

  @Test
  void expiredCodeIsRefusedAndRecorded() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 120_000);
    ProcessInstance process = startWaitingProcess(requestNumber);
    billingPort.expire(billing.code()); // the process's expiry timer fired

    HttpResponse<String> response = postSigned(body(billing.code(), 120_000, Instant.now(), newNtpn()));

    assertRefused(response, 422, "EXPIRED_CODE", billing.code(), 120_000L);
    assertNothingMoved(requestNumber, process, billing.code());
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.EXPIRED);
  }

  @Test
  void paymentAfterTheExpiryMinuteIsRefusedEvenBeforeTheTimerFires() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 120_000);
    ProcessInstance process = startWaitingProcess(requestNumber);
    assertThat(billing.expiresAt()).isEqualTo(billing.issuedAt().plus(Duration.ofDays(7)));
    clock.set(billing.expiresAt().plusSeconds(90));

    HttpResponse<String> response = postSigned(body(billing.code(), 120_000, billing.expiresAt(), newNtpn()));

    assertRefused(response, 422, "EXPIRED_CODE", billing.code(), 120_000L);
    assertNothingMoved(requestNumber, process, billing.code());
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.EXPIRED);
  }

  @Test
  void badSignatureIsRefusedAndRecorded() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 50_000);
    ProcessInstance process = startWaitingProcess(requestNumber);
    String body = body(billing.code(), 50_000, Instant.now(), newNtpn());

    HttpResponse<String> wrongSecret = post(body, Instant.now().getEpochSecond(), "not-the-secret");
    assertRefused(wrongSecret, 401, "BAD_SIGNATURE", billing.code(), 50_000L);

    // a body changed after signing
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String signature = id.go.bps.pst.payment.internal.NotificationSignature.sign(
        SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> tampered = post(
        body.replace("50000", "5000").getBytes(StandardCharsets.UTF_8), timestamp, signature);
    assertThat(tampered.statusCode()).isEqualTo(401);

    HttpResponse<String> unsigned = post(body.getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(json.readTree(unsigned.body()).path("reason").asText()).isEqualTo("MISSING_SIGNATURE");

    assertNothingMoved(requestNumber, process, billing.code());
    assertThat(jdbc.queryForObject(
        "select count(*) from pst_payment_notification_log where billing_code = ? and http_status = 401",
        Integer.class, billing.code())).isEqualTo(3);
  }

  @Test
  void staleTimestampIsRefusedAndRecorded() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 50_000);
    ProcessInstance process = startWaitingProcess(requestNumber);
    String body = body(billing.code(), 50_000, Instant.now(), newNtpn());

    HttpResponse<String> old = post(body, Instant.now().minusSeconds(6 * 60).getEpochSecond(), SECRET);
    assertRefused(old, 401, "STALE_TIMESTAMP", billing.code(), 50_000L);
    HttpResponse<String> future = post(body, Instant.now().plusSeconds(6 * 60).getEpochSecond(), SECRET);
    assertThat(future.statusCode()).isEqualTo(401);

    assertNothingMoved(requestNumber, process, billing.code());
  }

  @Test
  void malformedBodyIsRefusedAndRecorded() throws Exception {
    HttpResponse<String> notJson = postSigned("{\"billingCode\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notJson.body()).path("reason").asText()).isEqualTo("MALFORMED");

    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 50_000);
    HttpResponse<String> badNtpn = postSigned(body(billing.code(), 50_000, Instant.now(), "SHORT-NTPN-00000"));
    assertRefused(badNtpn, 400, "MALFORMED", billing.code(), 50_000L);
    assertThat(json.readTree(badNtpn.body()).path("message").asText()).contains("ntpn");
    assertNoPayment(requestNumber);
  }

  @Test
  void noWaitingProcessRollsBackThePaymentSoTheBankRetries() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 90_000);
    String body = body(billing.code(), 90_000, Instant.now(), newNtpn());

    HttpResponse<String> response = postSigned(body);

    assertRefused(response, 409, "PROCESS_NOT_WAITING", billing.code(), 90_000L);
    assertNoPayment(requestNumber);
    assertThat(billingPort.find(billing.code()).orElseThrow().status()).isEqualTo(BillingStatus.ACTIVE);

    // once the process waits, the bank's retry goes through
    ProcessInstance process = startWaitingProcess(requestNumber);
    HttpResponse<String> retry = postSigned(body);
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
    assertThat(json.readTree(retry.body()).path("result").asText()).isEqualTo("ACCEPTED");
    assertThat(waitingForPayment(process.getId())).isZero();
  }

  @Test
  void conflictingReplayIsRefused() throws Exception {
    String requestNumber = newRequestNumber();
    Billing billing = issueBilling(requestNumber, 60_000);
    startWaitingProcess(requestNumber);
    assertThat(postSigned(body(billing.code(), 60_000, Instant.now(), newNtpn())).statusCode())
        .isEqualTo(200);

    HttpResponse<String> other = postSigned(body(billing.code(), 60_000, Instant.now(), newNtpn()));
    assertRefused(other, 409, "CONFLICTING_REPLAY", billing.code(), 60_000L);
    assertThat(jdbc.queryForObject(
        "select count(*) from pst_payment where billing_code = ?", Integer.class, billing.code())).isEqualTo(1);
  }

  private void assertRefused(HttpResponse<String> response, int status, String reason, String code, Long amount)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/json");
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.path("result").asText()).isEqualTo("REFUSED");
    assertThat(answer.path("reason").asText()).isEqualTo(reason);
    assertThat(answer.path("message").asText()).isNotBlank();
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select reason, http_status, amount, outcome from pst_payment_notification_log where billing_code = ? "
            + "and reason = ?", code, reason);
    assertThat(rows).isNotEmpty();
    Map<String, Object> row = rows.get(rows.size() - 1);
    assertThat(value(row, "outcome")).isEqualTo("REFUSED");
    assertThat(((Number) value(row, "http_status")).intValue()).isEqualTo(status);
    assertThat(((Number) value(row, "amount")).longValue()).isEqualTo(amount);
  }

  private static Object value(Map<String, Object> row, String column) {
    return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
  }

  private void assertNothingMoved(String requestNumber, ProcessInstance process, String billingCode) {
    assertNoPayment(requestNumber);
    assertThat(waitingForPayment(process.getId())).isEqualTo(1);
    assertThat(jdbc.queryForObject(
        "select count(*) from pst_payment where billing_code = ?", Integer.class, billingCode)).isZero();
  }
}
