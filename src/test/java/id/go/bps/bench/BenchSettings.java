package id.go.bps.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's settings. Databases from the environment: {@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD} for ours; {@code STOCK_DB_URL}, {@code STOCK_DB_USER}, {@code STOCK_DB_PASSWORD}
 * for the stock engine. A variable that is set is used as it is, even when empty (an empty
 * {@code DB_PASSWORD} logs in without a password, e.g. as a passwordless local root); only an unset
 * variable takes its default: {@code jdbc:mariadb://localhost:3306/pst_bench} with user pst, password
 * pst; the stock URL defaults to ours with {@code _stock} appended to the database name, its user and
 * password to ours. The rest from system properties {@code bench.*} (see the bench profile in pom.xml).
 */
record BenchSettings(Database ours, Database stock, Duration duration, Duration warmup, int rounds,
    List<Integer> officers, int warmupOfficers, Path out) {

  record Database(String url, String user, String password) {
    @Override
    public String toString() {
      return url + " as " + user;
    }
  }

  static BenchSettings from(Map<String, String> env, java.util.Properties props) {
    String url = env.getOrDefault("DB_URL", "jdbc:mariadb://localhost:3306/pst_bench");
    String user = env.getOrDefault("DB_USER", "pst");
    String password = env.getOrDefault("DB_PASSWORD", "pst");
    Database ours = new Database(url, user, password);
    if (!url.startsWith("jdbc:mariadb:") && !url.startsWith("jdbc:mysql:")) {
      throw new IllegalArgumentException("the benchmark runs on MariaDB; not on " + url);
    }
    Database stock = new Database(env.getOrDefault("STOCK_DB_URL", stockUrl(url)),
        env.getOrDefault("STOCK_DB_USER", user), env.getOrDefault("STOCK_DB_PASSWORD", password));
    for (Database db : List.of(ours, stock)) {
      if (!db.url().startsWith("jdbc:mariadb:") && !db.url().startsWith("jdbc:mysql:")) {
        throw new IllegalArgumentException("the benchmark runs on MariaDB; not on " + db.url());
      }
    }
    if (ours.url().equals(stock.url())) {
      throw new IllegalArgumentException("ours and the stock engine need two databases; both are " + ours.url());
    }
    List<Integer> officers = Arrays.stream(props.getProperty("bench.officers", "1,4,16").split(","))
        .map(String::strip).map(Integer::parseInt).toList();
    return new BenchSettings(ours, stock, duration(props.getProperty("bench.duration", "30s")),
        duration(props.getProperty("bench.warmup", "60s")), Integer.parseInt(props.getProperty("bench.rounds", "3")),
        officers, Integer.parseInt(props.getProperty("bench.warmup-officers", "4")),
        Path.of(props.getProperty("bench.out", "target/bench")));
  }

  /** The measured time of one round: the duration split into the rounds. */
  Duration roundDuration() {
    return duration.dividedBy(rounds);
  }

  /** jdbc:mariadb://host:3306/pst_bench?x=y becomes jdbc:mariadb://host:3306/pst_bench_stock?x=y. */
  static String stockUrl(String url) {
    int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
    int slash = url.lastIndexOf('/', query);
    if (slash < url.indexOf("//") + 2 || slash == query - 1) {
      throw new IllegalArgumentException("cannot derive the stock database from " + url + ": set STOCK_DB_URL");
    }
    return url.substring(0, query) + "_stock" + url.substring(query);
  }

  /** 30s, 2m, 500ms, or ISO-8601 (PT30S). */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.startsWith("pt")) {
      return Duration.parse(text.strip());
    }
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    if (t.endsWith("s")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
    }
    if (t.endsWith("m")) {
      return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
    }
    return Duration.ofSeconds(Long.parseLong(t));
  }
}
