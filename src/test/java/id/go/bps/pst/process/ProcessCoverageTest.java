package id.go.bps.pst.process;

import id.go.bps.pst.payment.MutableClock;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one context of the process tests measured for coverage (the sale and the complaint): the shared
 * test configuration (see {@link id.go.bps.pst.SharedContextTest}) plus Camunda's coverage plugin. The
 * build fails below 100% flow-node and sequence-flow coverage of the processes each class runs.
 *
 * <p>Not the shared context itself: the coverage plugin instruments the engine (a listener on every flow node
 * and sequence flow of every deployed model), which the other tests' engine should not carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=admin",
    "pst.documents.storage-directory=target/test-documents"})
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverageTest.Coverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessCoverageTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Coverage {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(); // the system clock until a test sets it (queue days, due dates)
    }

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
      return ProcessEngineCoverageProperties.Companion.builder().assertClassCoverageAtLeast(1.0).build();
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    id.go.bps.pst.TestDatabase.register(registry);
  }
}
