package id.go.bps.pst;

import id.go.bps.pst.identity.IdentityTestController;
import id.go.bps.pst.payment.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context most integration tests share: the real application on a random port, jobs
 * driven by the tests (no job executor: on MariaDB every cached test context shares one database, and
 * an idle executor would take other classes' jobs), a {@link MutableClock} that is the system clock
 * until a test sets it (tests that set it reset it afterwards), the database of {@link TestDatabase}, and
 * the test-only endpoints of {@link IdentityTestController} (paths under {@code /api/identity-test} that
 * only the identity test calls).
 *
 * <p>Spring caches a test context by its whole configuration, and a {@code @DynamicPropertySource}
 * method counts by its identity: a class that declares its own (even an identical one) or its own
 * {@code properties}, {@code @Import} or profile starts a context of its own (10-20 s each). Extend
 * this class instead, and do not add to its configuration in a subclass unless the test needs it.
 * Tests share the database and the application's beans: they use fresh request numbers, or clean up
 * what they change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=admin",
    "pst.documents.storage-directory=target/test-documents",
    // the bank's signature key of the payment tests (PaymentIntegrationTest.SECRET)
    "pst.payment.secret=test-secret-for-payment-notifications"})
@Import({SharedContextTest.TestClock.class, IdentityTestController.class})
public abstract class SharedContextTest {

  @TestConfiguration(proxyBeanMethods = false)
  public static class TestClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock();
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }
}
