package id.go.bps.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The benchmark (docs/benchmark.md): whole sales of this application ("ours") and of a stock Camunda
 * 7.24 engine running a sale of the same shape ("stock"), at 1, 4 and 16 concurrent officers, side
 * by side in one JVM, in interleaved rounds. Run it with {@code mvn -Pbench verify} or
 * {@code bench/run}; never part of the normal build. Writes {@code target/bench/result.json} and
 * {@code result.md}.
 *
 * <ol>
 *   <li>starts ours (the real application, profile {@code mariadb}, job executor off) and works one
 *       traced sale; generates the stock sale from our model and that trace ({@link StockModel}) and
 *       writes it to {@code target/bench/stock-sale.bpmn};</li>
 *   <li>starts the stock engine (its own Spring context and database) and works one traced sale,
 *       checking that it completes the same user tasks in the same order;</li>
 *   <li>warms both up (not measured), then for each officer count runs the rounds: ours, stock, ours,
 *       stock, ... each {@code bench.duration / bench.rounds} long;</li>
 *   <li>reports sales and completions per second, p50/p99 per step and for {@code complete()}, retries
 *       after conflicts, and statements and commits per sale counted on each engine's own connections.</li>
 * </ol>
 */
public final class Benchmark {

  static final String OUR_MODEL = "processes/penjualan-produk-statistik.bpmn";

  private Benchmark() {}

  public static void main(String[] args) {
    try {
      run();
    } catch (Exception | Error e) {
      System.err.println("[bench] FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run() throws Exception {
    BenchSettings settings = BenchSettings.from(System.getenv(), System.getProperties());
    Files.createDirectories(settings.out());
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String loadAtStart = Machine.loadAverage();
    log("ours: " + settings.ours() + "; stock: " + settings.stock() + "; " + settings.duration().toSeconds()
        + " s per engine and officer count in " + settings.rounds() + " rounds; warm-up "
        + settings.warmup().toSeconds() + " s; officers " + settings.officers());

    try (BenchEngine ours = BenchEngine.ours(settings)) {
      Measurement reference = new Measurement();
      List<String> oursTrace = ours.tracedSale(reference);
      List<String> saleSteps = stepsOf(oursTrace, ours);
      BpmnModelInstance stockModel;
      try (InputStream in = Benchmark.class.getClassLoader().getResourceAsStream(OUR_MODEL)) {
        stockModel = StockModel.generate(StockModel.read(in), oursTrace);
      }
      Files.writeString(settings.out().resolve("stock-sale.bpmn"), Bpmn.convertToString(stockModel));
      try (BenchEngine stock = BenchEngine.stock(settings, stockModel)) {
        List<String> stockTrace = stock.tracedSale(new Measurement());
        List<String> oursTasks = StockModel.userTasksIn(oursTrace, StockModel.read(resource(OUR_MODEL)));
        List<String> stockTasks = StockModel.userTasksIn(stockTrace, stockModel);
        if (!oursTasks.equals(stockTasks)) {
          throw new IllegalStateException("the stock sale completed " + stockTasks + " but ours " + oursTasks);
        }
        log("sale: " + oursTasks.size() + " user tasks " + oursTasks);

        log("warm-up");
        statementProfile(ours, settings.warmupOfficers(), settings.warmup(), settings.out());
        statementProfile(stock, settings.warmupOfficers(), settings.warmup(), settings.out());

        List<Map<String, Object>> runs = new ArrayList<>();
        for (int officers : settings.officers()) {
          Measurement o = new Measurement();
          Measurement s = new Measurement();
          for (int r = 1; r <= settings.rounds(); r++) {
            ours.round(officers, settings.roundDuration(), o);
            stock.round(officers, settings.roundDuration(), s);
            log(officers + " officers, round " + r + "/" + settings.rounds() + ": ours " + o.sales() + " sales, stock "
                + s.sales() + " sales so far");
          }
          runs.add(run(officers, o.figures(saleSteps), s.figures(saleSteps)));
        }
        Map<String, Object> result = result(settings, started, stock.databaseVersion(), loadAtStart, oursTasks, oursTrace,
            saleSteps, runs);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(settings.out().resolve("result.json").toFile(), result);
        String markdown = Report.markdown(result);
        Files.writeString(settings.out().resolve("result.md"), markdown);
        System.out.println();
        System.out.println(markdown);
        log("written " + settings.out().resolve("result.json") + " and result.md");
      }
    }
  }

  /**
   * Runs the warm-up round of an engine and writes {@code statements-<engine>.md}: every distinct JDBC
   * statement text with its executions per sale over that round (sorted by count), to see where a sale's
   * statements go. Not a figure of the result: the warm-up includes caches filling.
   */
  private static void statementProfile(BenchEngine engine, int officers, java.time.Duration duration, Path out)
      throws Exception {
    Map<String, Long> before = engine.sqlCounts();
    Measurement warmup = new Measurement();
    engine.round(officers, duration, warmup);
    Map<String, Long> after = engine.sqlCounts();
    long sales = Math.max(1, warmup.sales());
    List<Map.Entry<String, Long>> rows = new ArrayList<>();
    after.forEach((sql, n) -> {
      long d = n - before.getOrDefault(sql, 0L);
      if (d > 0) {
        rows.add(Map.entry(sql, d));
      }
    });
    rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    StringBuilder md = new StringBuilder("# JDBC statements per sale: " + engine.name + "\n\nWarm-up round, "
        + sales + " sales; executions per sale of each statement text.\n\n| per sale | family | statement |\n"
        + "| --- | --- | --- |\n");
    double total = 0;
    for (Map.Entry<String, Long> row : rows) {
      double perSale = (double) row.getValue() / sales;
      total += perSale;
      // head and tail: statements of one table differ mostly in their WHERE clause
      String sql = row.getKey().length() > 360
          ? row.getKey().substring(0, 140) + " … " + row.getKey().substring(row.getKey().length() - 220)
          : row.getKey();
      md.append(String.format(java.util.Locale.ROOT, "| %.2f | %s | `%s` |%n", perSale,
          StatementCounter.family(row.getKey()), sql.replace("|", "\\|")));
    }
    md.append(String.format(java.util.Locale.ROOT, "%nTotal: %.1f JDBC executions per sale.%n", total));
    Files.writeString(out.resolve("statements-" + engine.name + ".md"), md.toString());
  }

  private static InputStream resource(String name) {
    return Benchmark.class.getClassLoader().getResourceAsStream(name);
  }

  /** The steps of the traced sale (start, user tasks, jobs), in order, as the driver names them. */
  private static List<String> stepsOf(List<String> trace, BenchEngine ours) {
    BpmnModelInstance model = StockModel.read(resource(OUR_MODEL));
    List<String> userTasks = StockModel.userTasksIn(trace, model);
    List<String> steps = new ArrayList<>();
    steps.add(SaleDriver.START_STEP);
    for (String id : trace) {
      if (userTasks.contains(id)) {
        steps.add(id);
      } else {
        var element = model.getModelElementById(id);
        if (element != null && ("true".equals(element.getAttributeValueNs(
            org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS, "asyncBefore"))
            || "true".equals(element.getAttributeValueNs(
            org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS, "asyncAfter")))) {
          steps.add(SaleDriver.JOB_PREFIX + id);
        }
      }
    }
    return steps;
  }

  private static Map<String, Object> run(int officers, Map<String, Object> ours, Map<String, Object> stock) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("officers", officers);
    run.put("ours", ours);
    run.put("stock", stock);
    Map<String, Object> ratio = new LinkedHashMap<>();
    ratio.put("salesPerSecond", ratio(ours.get("salesPerSecond"), stock.get("salesPerSecond")));
    ratio.put("completionsPerSecond", ratio(ours.get("completionsPerSecond"), stock.get("completionsPerSecond")));
    ratio.put("completeP50", ratio(ours.get("completeP50Ms"), stock.get("completeP50Ms")));
    ratio.put("completeP99", ratio(ours.get("completeP99Ms"), stock.get("completeP99Ms")));
    ratio.put("statementsPerSale", ratio(statements(ours), statements(stock)));
    ratio.put("cpuPerSale", ratio(ours.get("cpuMsPerSale"), stock.get("cpuMsPerSale")));
    run.put("oursOverStock", ratio);
    return run;
  }

  @SuppressWarnings("unchecked")
  private static Object statements(Map<String, Object> figures) {
    return ((Map<String, Object>) figures.get("statements")).get("perSale");
  }

  private static double ratio(Object a, Object b) {
    double x = ((Number) a).doubleValue();
    double y = ((Number) b).doubleValue();
    return y == 0 ? 0 : Measurement.round(x / y, 2);
  }

  private static Map<String, Object> result(BenchSettings settings, Instant started, String dbVersion, String load,
      List<String> userTasks, List<String> trace, List<String> steps, List<Map<String, Object>> runs)
      throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("started", started.toString());
    r.put("machine", Machine.describe(dbVersion, load));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("durationSecondsPerEngineAndOfficerCount", settings.duration().toMillis() / 1000.0);
    s.put("rounds", settings.rounds());
    s.put("warmupSeconds", settings.warmup().toMillis() / 1000.0);
    s.put("warmupOfficers", settings.warmupOfficers());
    s.put("officers", settings.officers());
    s.put("oursDatabase", settings.ours().url());
    s.put("stockDatabase", settings.stock().url());
    r.put("settings", s);
    Map<String, Object> sale = new LinkedHashMap<>();
    sale.put("userTasks", userTasks);
    sale.put("steps", steps);
    sale.put("activitiesPassed", trace.size());
    sale.put("stockModel", settings.out().resolve("stock-sale.bpmn").toString());
    r.put("sale", sale);
    Path coldStart = settings.out().resolve("cold-start.json");
    r.put("coldStart", Files.exists(coldStart) ? new ObjectMapper().readValue(coldStart.toFile(), Map.class) : null);
    r.put("runs", runs);
    return r;
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
  }
}
