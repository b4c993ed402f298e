package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.TestSql;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two officers at two counters each call a waiting visitor, which ends the session of the visitor they
 * served before and hands the queue clock on. Each call holds its ticket's row until its step commits,
 * and each hand-over looks for the first waiting ticket without a clock: the other officer's ticket,
 * still waiting as far as the other transaction can see. The hand-over passes over a ticket that is being
 * called instead of waiting for it (before, the two waited for each other: a deadlock, seen in the
 * benchmark at 16 officers), and the clocks go to the next two waiting visitors.
 */
class QueueClockHandOverTest extends VisitIntegrationTest {

  @Autowired PlatformTransactionManager transactions;

  /** issueTicket returns the row it wrote without reading it back (issue 13): the same as a later read. */
  @Test
  void theTicketIssuedIsTheRowStored() {
    at("2032-03-10T08:00:00.123456789");
    Ticket first = queue.issueTicket(unit.code(), unit.zoneId(), QueueService.SALES);
    at("2032-03-10T08:00:30.5");
    Ticket second = queue.issueTicket(unit.code(), unit.zoneId(), QueueService.SALES);
    assertThat(queue.byPublicRef(first.publicRef())).contains(first);
    assertThat(queue.byPublicRef(second.publicRef())).contains(second);
    assertThat(first.clockStartedAt()).as("nobody ahead: the clock runs from arrival").isEqualTo(first.arrivedAt());
    assertThat(second.clockStartedAt()).isNull();
    assertThat(second.ticketNumber()).isEqualTo(QueueService.SALES + "-002");
  }

  @Test
  void twoOfficersCallingAtOnceNeitherWaitForTheOtherAndTheClocksGoToTheNextTwoWaiting() throws Exception {
    at("2032-03-09T08:00:00");
    List<Ticket> t = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      t.add(queue.issueTicket(unit.code(), unit.zoneId(), QueueService.SALES));
    }
    Ticket served1 = t.get(0), served2 = t.get(1), next1 = t.get(2), next2 = t.get(3), after1 = t.get(4),
        after2 = t.get(5);
    at("2032-03-09T08:01:00");
    callTo(served1, "Loket 1", "petugas1");
    callTo(served2, "Loket 2", "petugas2");
    assertThat(List.of(next1, next2, after1, after2)).allSatisfy(w ->
        assertThat(clockOf(w)).as(w.ticketNumber()).isNull());

    at("2032-03-09T08:05:00");
    CountDownLatch bothCalling = new CountDownLatch(2);
    ExecutorService officers = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = officers.submit(() -> callAndEndSession(next1, "Loket 1", "petugas1", bothCalling));
      Future<?> second = officers.submit(() -> callAndEndSession(next2, "Loket 2", "petugas2", bothCalling));
      first.get(30, TimeUnit.SECONDS);
      second.get(30, TimeUnit.SECONDS);
    } finally {
      officers.shutdownNow();
    }

    assertThat(jdbc.queryForObject("select count(*) from pst_queue_ticket where id in (?, ?) and finished_at is not null",
        Integer.class, served1.id(), served2.id())).as("both sessions ended").isEqualTo(2);
    assertThat(clockOf(next1)).isNull();
    assertThat(clockOf(next2)).isNull();
    assertThat(clockOf(after1)).isEqualTo(clock.instant());
    assertThat(clockOf(after2)).isEqualTo(clock.instant());
  }

  /** In one transaction, as a call step does: the ticket is taken first, then the counter's session ends. */
  private void callAndEndSession(Ticket ticket, String counter, String officer, CountDownLatch bothCalling) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.update("update pst_queue_ticket set called_at = ?, called_by = ? where id = ?",
          Timestamp.from(clock.instant()), officer, ticket.id());
      bothCalling.countDown();
      try {
        assertThat(bothCalling.await(10, TimeUnit.SECONDS)).as("the other officer's call").isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      queue.finishSession(unit.code(), unit.zoneId(), counter, officer);
    });
  }

  private java.time.Instant clockOf(Ticket ticket) {
    Timestamp started = jdbc.queryForObject("select clock_started_at from pst_queue_ticket where id = ?",
        Timestamp.class, ticket.id());
    return started == null ? null : started.toInstant();
  }

  private void callTo(Ticket ticket, String counter, String officer) {
    TestSql.update(jdbc, "update pst_queue_ticket set called_at = ?, called_by = ?, counter_name = ? where id = ?",
        Timestamp.from(clock.instant()), officer, counter, ticket.id());
  }
}
