package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.payment.internal.NotificationSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the module's Spring Boot tests: one shared context on a random port, an in-memory H2
 * database by default, or MariaDB when {@code -Dit.db=mariadb} (with {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}; defaults: {@code jdbc:mariadb://localhost:3306/pst_test}, {@code pst}/{@code pst}).
 * Tests use fresh request numbers and billing codes, so they also run on a database with earlier data.
 */
public abstract class PaymentIntegrationTest extends id.go.bps.pst.SharedContextTest {

  /** The bank's signature key: {@code pst.payment.secret} of the shared context (SharedContextTest). */
  static final String SECRET = "test-secret-for-payment-notifications";
  static final String TEST_PROCESS = "payment-received-test";

  static boolean onMariaDb() {
    return id.go.bps.pst.TestDatabase.onMariaDb();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @LocalServerPort
  protected int port;

  @Autowired
  protected MutableClock clock;
  @Autowired
  protected BillingPort billingPort;
  @Autowired
  protected PaymentService paymentService;
  @Autowired
  protected ReceiptService receiptService;
  @Autowired
  protected RuntimeService runtimeService;
  @Autowired
  protected RepositoryService repositoryService;
  @Autowired
  protected JdbcTemplate jdbc;

  protected final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void deployTestProcess() {
    repositoryService.createDeployment()
        .name("payment-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("payment/payment-received-test.bpmn")
        .deploy();
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A request number no other test (or earlier run on MariaDB) uses. */
  protected static String newRequestNumber() {
    return "6503-T" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-"
        + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  protected Billing issueBilling(String requestNumber, long amount) {
    return billingPort.issue(new BillingRequest(
        requestNumber, "6503", "Pengguna Uji", amount,
        List.of(new BillingLine(null, "Data mikro Susenas 2025", amount))));
  }

  protected ProcessInstance startWaitingProcess(String requestNumber) {
    return runtimeService.startProcessInstanceByKey(TEST_PROCESS, requestNumber);
  }

  protected long waitingForPayment(String processInstanceId) {
    return runtimeService.createExecutionQuery()
        .processInstanceId(processInstanceId)
        .messageEventSubscriptionName(PaymentProcess.MESSAGE_PAYMENT_RECEIVED)
        .count();
  }

  protected static String body(String billingCode, long amount, Instant paidAt, String ntpn) {
    return "{\"billingCode\":\"" + billingCode + "\",\"amount\":" + amount + ",\"paidAt\":\"" + paidAt
        + "\",\"bank\":\"BANK BRI\",\"channel\":\"TELLER\",\"ntb\":\"NTB" + ntpn.substring(0, 8)
        + "\",\"ntpn\":\"" + ntpn + "\"}";
  }

  protected static String newNtpn() {
    StringBuilder s = new StringBuilder();
    String alphabet = "0123456789ABCDEF";
    for (int i = 0; i < 16; i++) {
      s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** Posts a notification signed with the shared secret at the given epoch second. */
  protected HttpResponse<String> post(String body, long epochSecond, String secret) throws Exception {
    String timestamp = Long.toString(epochSecond);
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);
    return post(raw, timestamp, NotificationSignature.sign(secret, timestamp, raw));
  }

  protected HttpResponse<String> postSigned(String body) throws Exception {
    return post(body, clock.instant().getEpochSecond(), SECRET);
  }

  protected HttpResponse<String> post(byte[] raw, String timestamp, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/payments/notifications"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(raw));
    if (timestamp != null) {
      request.header("X-PST-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-PST-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  protected void assertNoPayment(String requestNumber) {
    assertThat(paymentService.findPayment(requestNumber)).isEmpty();
  }
}
