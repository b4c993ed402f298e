package id.go.bps.bench;

import com.zaxxer.hikari.HikariDataSource;
import id.go.bps.bench.stock.StockApplication;
import id.go.bps.pst.PstApplication;
import id.go.bps.pst.process.ProcessKeys;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/** One engine under test (ours or stock): its Spring context, counted pool, lookups and sale driver. */
final class BenchEngine implements AutoCloseable {

  final String name;
  private final ConfigurableApplicationContext context;
  private final StatementCounter counter;
  private final HikariDataSource lookups;
  final ProcessEngine engine;
  private SaleDriver driver;

  private BenchEngine(String name, ConfigurableApplicationContext context, StatementCounter counter,
      BenchSettings.Database db) {
    this.name = name;
    this.context = context;
    this.counter = counter;
    this.engine = context.getBean(ProcessEngine.class);
    this.lookups = new HikariDataSource();
    lookups.setPoolName(name + "-lookups");
    lookups.setJdbcUrl(db.url());
    lookups.setUsername(db.user());
    lookups.setPassword(db.password());
    lookups.setMaximumPoolSize(24);
    lookups.setMinimumIdle(2);
    lookups.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
  }

  /**
   * This application as it runs in production (profile {@code mariadb}, its pool, history FULL,
   * authorization, listeners, Flyway), with the job executor off and a random HTTP port.
   */
  static BenchEngine ours(BenchSettings settings) {
    StatementCounter counter = new StatementCounter("ours");
    BenchSettings.Database db = settings.ours();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PstApplication.class)
        .initializers(ctx -> {
          ctx.getBeanFactory().addBeanPostProcessor(counter.installer());
          ctx.getBeanFactory().registerSingleton("benchMainClassesOnly", new MainClassesOnly());
        })
        .logStartupInfo(false)
        .run("--spring.profiles.active=mariadb", "--spring.main.banner-mode=off",
            "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.admin-user.password=" + UUID.randomUUID(),
            "--pst.payment.secret=" + UUID.randomUUID() + UUID.randomUUID(),
            "--pst.portal.secret=" + UUID.randomUUID() + UUID.randomUUID(),
            "--server.port=0", "--logging.level.root=WARN", "--pst.test.write-guard=false",
            "--pst.documents.storage-directory=" + settings.out().resolve("documents"));
    BenchEngine e = new BenchEngine("ours", context, counter, db);
    e.driver = new SaleDriver(e.engine, e.lookups, ProcessKeys.PROCESS_KEY);
    return e;
  }

  /** A stock Camunda starter application on its own database, running the generated stock sale. */
  static BenchEngine stock(BenchSettings settings, BpmnModelInstance model) {
    StatementCounter counter = new StatementCounter("stock");
    BenchSettings.Database db = settings.stock();
    List<String> args = new ArrayList<>(List.of(StockApplication.CONFIGURATION));
    args.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password()));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(StockApplication.class)
        .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(counter.installer()))
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
    BenchEngine e = new BenchEngine("stock", context, counter, db);
    e.engine.getRepositoryService().createDeployment().name("bench-stock-sale").enableDuplicateFiltering(false)
        .addModelInstance("stock-sale.bpmn", model).deploy();
    String key = model.getModelElementsByType(Process.class).iterator().next().getId();
    e.driver = new SaleDriver(e.engine, e.lookups, key);
    return e;
  }

  /** One sale by officer 1, outside any measurement; returns the activity ids it passed, in order. */
  List<String> tracedSale(SaleDriver.Recorder recorder) {
    String pi = driver.sale(1, recorder);
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).toList();
  }

  /** JDBC executions per statement text so far, read when the pool is idle. */
  Map<String, Long> sqlCounts() {
    counter.read();
    return counter.sqlCounts();
  }

  /** Officers (threads) work whole sales until the duration is over; sales begun are finished. */
  void round(int officers, Duration duration, Measurement into) throws InterruptedException {
    StatementCounter.Reading before = counter.read();
    ExecutorService pool = Executors.newFixedThreadPool(officers);
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Future<?>> work = new ArrayList<>();
    for (int o = 1; o <= officers; o++) {
      int officer = o;
      work.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          driver.sale(officer, into);
          into.saleDone();
        }
        return null;
      }));
    }
    RuntimeException failure = null;
    for (Future<?> f : work) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = new IllegalStateException(name + " at " + officers + " officers: " + e.getCause().getMessage(),
              e.getCause());
        }
      }
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    if (failure != null) {
      throw failure;
    }
    into.roundDone(elapsed, counter.read().minus(before));
  }

  String databaseVersion() {
    try (var c = lookups.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("select version()")) {
      rs.next();
      return rs.getString(1);
    } catch (java.sql.SQLException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    lookups.close();
    context.close();
  }

  /** Keeps test classes (their @TestConfiguration beans) out of the application's component scan. */
  static final class MainClassesOnly extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
      return reader.getResource().getURL().toString().contains("/test-classes/");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MainClassesOnly;
    }

    @Override
    public int hashCode() {
      return MainClassesOnly.class.hashCode();
    }
  }
}
