package id.go.bps.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/** What one engine did at one officer count, summed over its measured rounds. */
final class Measurement implements SaleDriver.Recorder {

  /** JDBC batch entries that the driver sent in one bulk command (MariaDB counts one question per bulk). */
  static final String JDBC_IN_BULK = "JDBC batch entries sent in bulk (JDBC minus server)";
  static final String SERVER_SET = "set autocommit and other SET (server)";
  static final String SERVER_COMMIT = "COMMIT (server)";
  static final String SERVER_ROLLBACK = "ROLLBACK (server)";

  private final Map<String, ConcurrentLinkedQueue<Long>> steps = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
  private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
  /** Retries per step and kind ("Task_CallVisitor optimisticLocking"): where the conflicts are. */
  private final Map<String, LongAdder> retriesByStep = new ConcurrentHashMap<>();
  private final LongAdder sales = new LongAdder();
  private final LongAdder jobs = new LongAdder();
  /** CPU time of the officers' threads in the engine calls, per step and in all. */
  private final Map<String, LongAdder> stepCpu = new ConcurrentHashMap<>();
  private final LongAdder cpu = new LongAdder();
  private long nanos;
  private StatementCounter.Reading statements = StatementCounter.Reading.zero();

  @Override
  public void step(String step, boolean userTask, long nanos, long cpuNanos) {
    steps.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    stepCpu.computeIfAbsent(step, k -> new LongAdder()).add(cpuNanos);
    cpu.add(cpuNanos);
    if (userTask) {
      completions.add(nanos);
    } else if (step.startsWith(SaleDriver.JOB_PREFIX)) {
      jobs.increment();
    }
  }

  @Override
  public void retry(String step, String kind) {
    retries.computeIfAbsent(kind, k -> new LongAdder()).increment();
    retriesByStep.computeIfAbsent(step + " " + kind, k -> new LongAdder()).increment();
  }

  void saleDone() {
    sales.increment();
  }

  synchronized void roundDone(long roundNanos, StatementCounter.Reading roundStatements) {
    nanos += roundNanos;
    statements = statements.plus(roundStatements);
  }

  long sales() {
    return sales.sum();
  }

  double seconds() {
    return nanos / 1e9;
  }

  /** The figures of results.json for this engine and officer count. */
  Map<String, Object> figures(List<String> saleSteps) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    long s = sales();
    m.put("sales", s);
    m.put("seconds", round(seconds(), 2));
    m.put("salesPerSecond", round(s / seconds(), 2));
    m.put("completions", completions.size());
    m.put("completionsPerSecond", round(completions.size() / seconds(), 1));
    m.put("jobs", jobs.sum());
    m.put("cpuMsPerSale", s == 0 ? 0 : round(cpu.sum() / 1e6 / s, 1));
    m.put("cpuNanosTotal", cpu.sum());
    long[] all = sorted(completions);
    m.put("completeP50Ms", ms(percentile(all, 50)));
    m.put("completeP99Ms", ms(percentile(all, 99)));
    Map<String, Long> r = new TreeMap<>();
    r.put(Conflicts.OPTIMISTIC_LOCKING, 0L);
    r.put(Conflicts.DEADLOCK, 0L);
    r.put(Conflicts.LOCK_WAIT_TIMEOUT, 0L);
    retries.forEach((kind, n) -> r.put(kind, n.sum()));
    m.put("retries", r);
    m.put("retriesTotal", r.values().stream().mapToLong(Long::longValue).sum());
    Map<String, Long> byStep = new TreeMap<>();
    retriesByStep.forEach((key, n) -> byStep.put(key, n.sum()));
    m.put("retriesByStep", byStep);
    Map<String, Object> perStep = new java.util.LinkedHashMap<>();
    for (String step : stepOrder(saleSteps)) {
      long[] v = sorted(steps.get(step));
      long stepCpuNanos = stepCpu.containsKey(step) ? stepCpu.get(step).sum() : 0;
      perStep.put(step, Map.of("count", v.length, "p50Ms", ms(percentile(v, 50)), "p99Ms", ms(percentile(v, 99)),
          "cpuMeanMs", v.length == 0 ? 0.0 : round(stepCpuNanos / 1e6 / v.length, 2)));
    }
    m.put("steps", perStep);
    m.put("statements", statementFigures(s));
    return m;
  }

  private Map<String, Object> statementFigures(long s) {
    StatementCounter.Reading st = statements;
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("perSale", perSale(st.questions(), s));
    m.put("commitsPerSale", perSale(st.commits(), s));
    m.put("jdbcStatementsPerSale", perSale(st.jdbcStatements(), s));
    m.put("jdbcCommitCallsPerSale", perSale(st.jdbcCommitCalls(), s));
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (StatementCounter.Family f : StatementCounter.Family.values()) {
      counts.put(f.label, st.families().getOrDefault(f, 0L));
    }
    counts.put(JDBC_IN_BULK, st.jdbcStatements() - (st.questions() - st.setOptions() - st.commits() - st.rollbacks()));
    counts.put(SERVER_SET, st.setOptions());
    counts.put(SERVER_COMMIT, st.commits());
    counts.put(SERVER_ROLLBACK, st.rollbacks());
    Map<String, Object> families = new java.util.LinkedHashMap<>();
    counts.forEach((family, n) -> families.put(family, perSale(n, s)));
    m.put("perSaleByFamily", families);
    m.put("familyTotals", counts);
    m.put("totals", Map.of("questions", st.questions(), "commits", st.commits(), "rollbacks", st.rollbacks(),
        "setOptions", st.setOptions(), "jdbcStatements", st.jdbcStatements(), "sales", s));
    return m;
  }

  /** Steps in the order the reference sale met them, then any other step seen. */
  private List<String> stepOrder(List<String> saleSteps) {
    List<String> order = new ArrayList<>();
    saleSteps.stream().filter(steps::containsKey).distinct().forEach(order::add);
    steps.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
    return order;
  }

  private static long[] sorted(java.util.Collection<Long> values) {
    if (values == null) {
      return new long[0];
    }
    long[] v = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(v);
    return v;
  }

  /** Nearest-rank percentile. */
  static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
  }

  private static double ms(long nanos) {
    return round(nanos / 1e6, 1);
  }

  static double perSale(long value, long sales) {
    return sales == 0 ? 0 : round((double) value / sales, 1);
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
