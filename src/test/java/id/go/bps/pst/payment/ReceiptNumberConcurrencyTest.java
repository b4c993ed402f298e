package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receipt numbers stay gapless and unique under 8 concurrent treasurers. Runs on H2, and on MariaDB
 * with {@code -Dit.db=mariadb}. Each test takes a random unit code and checks the numbers relative to
 * the sequence's value before it started, so it also runs against a database with earlier data.
 */
class ReceiptNumberConcurrencyTest extends PaymentIntegrationTest {

  private static final int ISSUERS = 8;

  @Autowired
  ReceiptNumberService receiptNumbers;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void numbersAreGaplessAndUniqueUnderEightConcurrentIssuersWithRollbacks() throws Exception {
    String unit = randomUnit();
    int year = 2026;
    long before = lastValue(unit, year);
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    List<String> rolledBack = Collections.synchronizedList(new ArrayList<>());

    runConcurrently(issuer -> {
      for (int i = 0; i < 12; i++) {
        boolean rollback = (issuer + i) % 4 == 0; // a receipt whose transaction fails after taking its number
        tx.executeWithoutResult(status -> {
          String number = receiptNumbers.next(unit, year);
          if (rollback) {
            rolledBack.add(number);
            status.setRollbackOnly();
          } else {
            committed.add(number);
          }
        });
      }
    });

    assertThat(rolledBack).isNotEmpty();
    assertThat(committed).doesNotHaveDuplicates();
    assertThat(sorted(committed)).containsExactlyElementsOf(expected(unit, year, before, committed.size()));
    assertThat(lastValue(unit, year)).isEqualTo(before + committed.size());
  }

  @Test
  void receiptsIssuedByEightConcurrentTreasurersAreNumberedWithoutGaps() throws Exception {
    String unit = randomUnit();
    int year = Instant.now().atZone(ZoneId.of("Asia/Makassar")).getYear();
    long before = lastValue(unit, year);
    int perIssuer = 5;
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < ISSUERS * perIssuer; i++) {
      String requestNumber = newRequestNumber();
      paymentService.recordCash(requestNumber, 10_000 + i, 10_000 + i, "bendahara" + (i % ISSUERS));
      requests.add(requestNumber);
    }
    List<String> numbers = Collections.synchronizedList(new ArrayList<>());

    runConcurrently(issuer -> {
      for (int i = 0; i < perIssuer; i++) {
        int index = issuer * perIssuer + i;
        Receipt receipt = receiptService.issue(IssueReceipt.forPayment(
            requests.get(index), unit, 10_000 + index, "PUBLICATION", "bendahara" + issuer));
        numbers.add(receipt.receiptNumber());
      }
    });

    assertThat(numbers).hasSize(ISSUERS * perIssuer).doesNotHaveDuplicates();
    assertThat(sorted(numbers)).containsExactlyElementsOf(expected(unit, year, before, numbers.size()));
  }

  private interface Issuer {
    void run(int issuer) throws Exception;
  }

  private void runConcurrently(Issuer work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < ISSUERS; i++) {
        int issuer = i;
        Callable<Void> task = () -> {
          start.await();
          work.run(issuer);
          return null;
        };
        done.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> f : done) {
        f.get(180, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String randomUnit() {
    return "9" + ThreadLocalRandom.current().nextInt(100, 1000);
  }

  private long lastValue(String unit, int year) {
    List<Long> values = jdbc.queryForList(
        "select last_value from pst_sequence where seq_name = ?", Long.class, "receipt/" + unit + "/" + year);
    return values.isEmpty() ? 0 : values.get(0);
  }

  private static List<String> sorted(List<String> numbers) {
    List<String> copy = new ArrayList<>(numbers);
    Collections.sort(copy);
    return copy;
  }

  private static List<String> expected(String unit, int year, long before, int count) {
    List<String> expected = new ArrayList<>();
    for (long n = before + 1; n <= before + count; n++) {
      expected.add(String.format("KW-%s-%d-%06d", unit, year, n));
    }
    return expected;
  }
}
