package id.go.bps.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** result.md: the figures of result.json as Markdown tables, ready to paste into the README. */
final class Report {

  private Report() {}

  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> result) {
    StringBuilder md = new StringBuilder();
    Map<String, Object> machine = (Map<String, Object>) result.get("machine");
    Map<String, Object> settings = (Map<String, Object>) result.get("settings");
    Map<String, Object> sale = (Map<String, Object>) result.get("sale");
    List<Map<String, Object>> runs = (List<Map<String, Object>>) result.get("runs");

    md.append("Measured ").append(result.get("started")).append(" with `mvn -Pbench verify`: ")
        .append(num(settings.get("durationSecondsPerEngineAndOfficerCount"))).append(" s per engine and officer count in ")
        .append(settings.get("rounds")).append(" interleaved rounds after a ").append(num(settings.get("warmupSeconds")))
        .append(" s warm-up; ").append(machine.get("database")).append(", ").append(machine.get("cores"))
        .append(" cores (").append(machine.get("cpu")).append("), ").append(machine.get("java"))
        .append(", load average ").append(machine.get("loadAverageAtStart")).append(" at start, ")
        .append(machine.get("loadAverageAtEnd")).append(" at end")
        .append(". A sale: ").append(((List<?>) sale.get("userTasks")).size()).append(" user tasks and ")
        .append(sale.get("steps") instanceof List<?> l ? l.stream().filter(s -> s.toString().startsWith("job:")).count() : 0)
        .append(" asynchronous jobs; stock = Camunda 7.24 starter defaults running the same shape.\n\n");

    md.append("| officers | sales/s ours | sales/s stock | ours/stock | completions/s ours / stock "
        + "| complete() p50 / p99 ms ours | complete() p50 / p99 ms stock | retries ours / stock "
        + "| statements per sale ours / stock | commits per sale ours / stock |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Map<String, Object> run : runs) {
      Map<String, Object> o = (Map<String, Object>) run.get("ours");
      Map<String, Object> s = (Map<String, Object>) run.get("stock");
      Map<String, Object> ratio = (Map<String, Object>) run.get("oursOverStock");
      md.append("| ").append(run.get("officers"))
          .append(" | ").append(num(o.get("salesPerSecond")))
          .append(" | ").append(num(s.get("salesPerSecond")))
          .append(" | ").append(num(ratio.get("salesPerSecond")))
          .append(" | ").append(num(o.get("completionsPerSecond"))).append(" / ").append(num(s.get("completionsPerSecond")))
          .append(" | ").append(num(o.get("completeP50Ms"))).append(" / ").append(num(o.get("completeP99Ms")))
          .append(" | ").append(num(s.get("completeP50Ms"))).append(" / ").append(num(s.get("completeP99Ms")))
          .append(" | ").append(o.get("retriesTotal")).append(" / ").append(s.get("retriesTotal"))
          .append(" | ").append(num(st(o).get("perSale"))).append(" / ").append(num(st(s).get("perSale")))
          .append(" | ").append(num(st(o).get("commitsPerSale"))).append(" / ").append(num(st(s).get("commitsPerSale")))
          .append(" |\n");
    }
    for (Map<String, Object> run : runs) {
      Object byStep = ((Map<String, Object>) run.get("ours")).get("retriesByStep");
      if (byStep instanceof Map<?, ?> m && !m.isEmpty()) {
        md.append("\nRetried conflicts of ours at ").append(run.get("officers")).append(" officers, by step: ")
            .append(m.toString().replaceAll("[{}]", "")).append(".\n");
      }
    }

    md.append("\nPer sale, on each engine's own connections, all measured rounds (warm-up excluded):\n\n");
    md.append("| per sale | ours | stock |\n| --- | --- | --- |\n");
    Map<String, Long> oursTotals = new java.util.LinkedHashMap<>();
    Map<String, Long> stockTotals = new java.util.LinkedHashMap<>();
    Map<String, Double> oursFamilies = new java.util.LinkedHashMap<>();
    Map<String, Double> stockFamilies = new java.util.LinkedHashMap<>();
    for (Map<String, Object> run : runs) {
      accumulate(st((Map<String, Object>) run.get("ours")), oursTotals, oursFamilies);
      accumulate(st((Map<String, Object>) run.get("stock")), stockTotals, stockFamilies);
    }
    long oursSales = oursTotals.getOrDefault("sales", 0L);
    long stockSales = stockTotals.getOrDefault("sales", 0L);
    java.util.function.BiConsumer<String, String> row = (label, key) -> md.append("| ").append(label).append(" | ")
        .append(num(per(oursFamilies.getOrDefault(key, 0.0), oursSales))).append(" | ")
        .append(num(per(stockFamilies.getOrDefault(key, 0.0), stockSales))).append(" |\n");
    md.append("| **statements received by the server** (`Questions`) | **")
        .append(num(per(oursTotals.get("questions"), oursSales))).append("** | **")
        .append(num(per(stockTotals.get("questions"), stockSales))).append("** |\n");
    row.accept("of which `set autocommit` (and other SET)", Measurement.SERVER_SET);
    row.accept("of which COMMIT (= commits per sale)", Measurement.SERVER_COMMIT);
    row.accept("of which ROLLBACK", Measurement.SERVER_ROLLBACK);
    md.append("| JDBC statement executions (a batch entry counts one) | ")
        .append(num(per(oursTotals.get("jdbcStatements"), oursSales))).append(" | ")
        .append(num(per(stockTotals.get("jdbcStatements"), stockSales))).append(" |\n");
    for (StatementCounter.Family family : StatementCounter.Family.values()) {
      row.accept("– " + family.label, family.label);
    }
    row.accept("– of these, INSERTs the driver sent in bulk (JDBC minus server)", Measurement.JDBC_IN_BULK);
    md.append("| sales counted | ").append(oursSales).append(" | ").append(stockSales).append(" |\n");
    long oursCpu = 0;
    long stockCpu = 0;
    for (Map<String, Object> run : runs) {
      oursCpu += cpuNanos((Map<String, Object>) run.get("ours"));
      stockCpu += cpuNanos((Map<String, Object>) run.get("stock"));
    }
    md.append("| CPU time of the officers' threads in the engine calls, ms (the JVM's side of a sale; the database "
        + "server's is not in it) | ").append(num(per(oursCpu / 1e6, oursSales))).append(" | ")
        .append(num(per(stockCpu / 1e6, stockSales))).append(" |\n");

    md.append("\nLatency per step, p50 / p99 ms (a step's time includes its retries):\n\n");
    List<String> header = new ArrayList<>(List.of("step"));
    List<String> align = new ArrayList<>(List.of("---"));
    for (Map<String, Object> run : runs) {
      header.add("ours, " + run.get("officers") + (Integer.valueOf(1).equals(run.get("officers")) ? " officer" : " officers"));
      header.add("stock, " + run.get("officers"));
      align.add("---");
      align.add("---");
    }
    Set<String> steps = new LinkedHashSet<>((List<String>) sale.get("steps"));
    for (Map<String, Object> run : runs) {
      steps.addAll(((Map<String, Object>) ((Map<String, Object>) run.get("ours")).get("steps")).keySet());
    }
    stepTable(md, header, align, steps, runs, v -> num(v.get("p50Ms")) + " / " + num(v.get("p99Ms")));

    md.append("\nCPU time of the officer's thread per step, mean ms (the JVM's side of the step: engine, listeners, "
        + "delegates, JDBC driver; waiting for the database is not in it):\n\n");
    stepTable(md, header, align, steps, runs, v -> v.get("cpuMeanMs") == null ? "–" : num(v.get("cpuMeanMs")));

    Map<String, Object> cold = (Map<String, Object>) result.get("coldStart");
    if (cold != null && cold.get("starts") instanceof Map<?, ?> starts) {
      md.append("\nCold start on the embedded default (H2), `bench/cold-start` (").append(cold.get("measuredAt"))
          .append("), to the first HTTP response; heap used after start and a full GC:\n\n")
          .append("| start | seconds | heap MiB | RSS MiB |\n| --- | --- | --- | --- |\n");
      Map<String, String> labels = Map.of("jar", "`java -jar` of the packaged jar",
          "run", "as `mvn spring-boot:run` starts it (class path, C1 only; Maven's own start not timed)",
          "image", "as the image starts it (extracted, class data archive)");
      for (Map.Entry<?, ?> e : starts.entrySet()) {
        Map<String, Object> v = (Map<String, Object>) e.getValue();
        md.append("| ").append(labels.getOrDefault(String.valueOf(e.getKey()), String.valueOf(e.getKey())))
            .append(" | ").append(num(v.get("secondsToFirstResponse"))).append(" | ").append(num(v.get("heapUsedMiB")))
            .append(" | ").append(num(v.get("rssMiB"))).append(" |\n");
      }
    }
    return md.toString();
  }

  /** One row per step, one column per engine and officer count; {@code cell} formats a step's figures. */
  @SuppressWarnings("unchecked")
  private static void stepTable(StringBuilder md, List<String> header, List<String> align, Set<String> steps,
      List<Map<String, Object>> runs, java.util.function.Function<Map<String, Object>, String> cell) {
    md.append("| ").append(String.join(" | ", header)).append(" |\n| ").append(String.join(" | ", align)).append(" |\n");
    for (String step : steps) {
      md.append("| ").append(step);
      for (Map<String, Object> run : runs) {
        for (String engine : List.of("ours", "stock")) {
          Map<String, Object> perStep = (Map<String, Object>) ((Map<String, Object>) run.get(engine)).get("steps");
          Map<String, Object> v = (Map<String, Object>) perStep.get(step);
          md.append(" | ").append(v == null ? "–" : cell.apply(v));
        }
      }
      md.append(" |\n");
    }
  }

  private static long cpuNanos(Map<String, Object> figures) {
    return figures.get("cpuNanosTotal") instanceof Number n ? n.longValue() : 0;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> st(Map<String, Object> figures) {
    return (Map<String, Object>) figures.get("statements");
  }

  @SuppressWarnings("unchecked")
  private static void accumulate(Map<String, Object> statements, Map<String, Long> totals, Map<String, Double> families) {
    Map<String, Object> t = (Map<String, Object>) statements.get("totals");
    t.forEach((k, v) -> totals.merge(k, ((Number) v).longValue(), Long::sum));
    Map<String, Object> f = (Map<String, Object>) statements.get("familyTotals");
    f.forEach((k, v) -> families.merge(k, ((Number) v).doubleValue(), Double::sum));
  }

  private static double per(Number value, long sales) {
    return value == null || sales == 0 ? 0 : value.doubleValue() / sales;
  }

  static String num(Object value) {
    if (!(value instanceof Number n)) {
      return String.valueOf(value);
    }
    double d = n.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) d);
    }
    return String.format(Locale.ROOT, Math.abs(d) >= 100 ? "%.0f" : Math.abs(d) >= 10 ? "%.1f" : "%.2f", d);
  }
}
