package id.go.bps.bench;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what one engine's connection pool sends to MariaDB, on that pool's connections only.
 *
 * <p>Two sources, read at the same moments (between rounds, when no officer is working):
 * <ul>
 *   <li>the server's own per-session counters ({@code SHOW SESSION STATUS}: {@code Questions},
 *       {@code Com_commit}, {@code Com_rollback}, {@code Com_set_option}) of every physical connection
 *       the pool ever opened: the truth of what reached the server, including the driver's
 *       {@code set autocommit} and {@code COMMIT} round trips. Each reading is itself one question and
 *       is subtracted; a connection closed meanwhile is read just before it closes;</li>
 *   <li>datasource-proxy between the pool and the driver, which sees every JDBC statement execution
 *       (each entry of a batch counted) with its SQL, classified by table family.</li>
 * </ul>
 * Installed under Spring Boot's Hikari pool by {@link #installer()} (a bean post-processor): the pool,
 * its size and settings stay those of the application or of the stock starter.
 */
final class StatementCounter {

  /** Table families of JDBC statements, by the first table after FROM/INTO/UPDATE. */
  enum Family {
    HISTORY("ACT_HI_*"),
    VARIABLES("ACT_RU_VARIABLE, ACT_GE_BYTEARRAY"),
    AUTHORIZATION("ACT_RU_AUTHORIZATION"),
    RUNTIME("other ACT_RU_*"),
    CAMUNDA_OTHER("ACT_RE_*, ACT_GE_PROPERTY, ACT_ID_*"),
    OURS("our tables (pst_*)"),
    OTHER("other");

    final String label;

    Family(String label) {
      this.label = label;
    }
  }

  /** A reading of all counters. Server values are net of the readings themselves. */
  record Reading(long questions, long commits, long rollbacks, long setOptions, long jdbcStatements,
      long jdbcCommitCalls, Map<Family, Long> families) {

    Reading minus(Reading before) {
      Map<Family, Long> f = new EnumMap<>(Family.class);
      for (Family family : Family.values()) {
        f.put(family, families.getOrDefault(family, 0L) - before.families.getOrDefault(family, 0L));
      }
      return new Reading(questions - before.questions, commits - before.commits, rollbacks - before.rollbacks,
          setOptions - before.setOptions, jdbcStatements - before.jdbcStatements,
          jdbcCommitCalls - before.jdbcCommitCalls, f);
    }

    Reading plus(Reading other) {
      Map<Family, Long> f = new EnumMap<>(Family.class);
      for (Family family : Family.values()) {
        f.put(family, families.getOrDefault(family, 0L) + other.families.getOrDefault(family, 0L));
      }
      return new Reading(questions + other.questions, commits + other.commits, rollbacks + other.rollbacks,
          setOptions + other.setOptions, jdbcStatements + other.jdbcStatements,
          jdbcCommitCalls + other.jdbcCommitCalls, f);
    }

    static Reading zero() {
      return new Reading(0, 0, 0, 0, 0, 0, new EnumMap<>(Family.class));
    }
  }

  private static final Pattern TABLE = Pattern.compile("(?is)\\b(?:from|into|update)\\s+`?([A-Za-z0-9_]+)");
  private static final String STATUS = "SHOW SESSION STATUS WHERE Variable_name IN "
      + "('Questions','Com_commit','Com_rollback','Com_set_option')";

  private final String name;
  private final Map<Connection, Session> sessions = new ConcurrentHashMap<>();
  /** Server counters of connections already closed (net, since they were opened). */
  private final long[] closed = new long[4];
  private final Map<Family, LongAdder> families = new EnumMap<>(Family.class);
  private final LongAdder jdbcStatements = new LongAdder();
  /** JDBC executions per statement text (whitespace collapsed), for the statement profile. */
  private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();
  private final LongAdder jdbcCommits = new LongAdder();
  private volatile HikariDataSource pool;

  StatementCounter(String name) {
    this.name = name;
    for (Family f : Family.values()) {
      families.put(f, new LongAdder());
    }
  }

  /** Wraps the HikariDataSource bean's driver connections; add to the context before refresh. */
  BeanPostProcessor installer() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getDataSource() == null && pool == null) {
          DataSource driver = new DriverDataSource(hikari.getJdbcUrl(), hikari.getDriverClassName(),
              hikari.getDataSourceProperties(), hikari.getUsername(), hikari.getPassword());
          hikari.setDataSource(ProxyDataSourceBuilder.create(new Registering(driver)).name(name)
              .listener(new Classifier()).methodListener(new ConnectionEvents()).build());
          pool = hikari;
        }
        return bean;
      }
    };
  }

  /** Reads every connection's server counters and the JDBC counts; call only when the pool is idle. */
  Reading read() {
    if (pool == null) {
      throw new IllegalStateException("no Hikari pool was counted for " + name);
    }
    var mx = pool.getHikariPoolMXBean();
    // the modules' event listeners (mails, download links) run after each step's commit on threads of
    // their own: a sale's statements include theirs, so the reading waits for them (at most 30 s)
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (mx != null && mx.getActiveConnections() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (mx != null && mx.getActiveConnections() > 0) {
      throw new IllegalStateException(mx.getActiveConnections() + " connections of " + name
          + " are in use while the counters are read");
    }
    long[] total;
    synchronized (closed) {
      total = closed.clone();
    }
    for (Session s : sessions.values()) {
      long[] net = s.net();
      for (int i = 0; i < 4; i++) {
        total[i] += net[i];
      }
    }
    Map<Family, Long> f = new EnumMap<>(Family.class);
    families.forEach((family, adder) -> f.put(family, adder.sum()));
    return new Reading(total[0], total[1], total[2], total[3], jdbcStatements.sum(), jdbcCommits.sum(), f);
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** JDBC executions so far per statement text; call only when the pool is idle (after {@link #read()}). */
  Map<String, Long> sqlCounts() {
    Map<String, Long> counts = new java.util.HashMap<>();
    bySql.forEach((sql, adder) -> counts.put(sql, adder.sum()));
    return counts;
  }

  static Family family(String sql) {
    Matcher m = TABLE.matcher(sql);
    if (!m.find()) {
      return Family.OTHER;
    }
    String table = m.group(1).toUpperCase(Locale.ROOT);
    if (table.startsWith("ACT_HI_")) {
      return Family.HISTORY;
    }
    if (table.equals("ACT_RU_VARIABLE") || table.equals("ACT_GE_BYTEARRAY")) {
      return Family.VARIABLES;
    }
    if (table.equals("ACT_RU_AUTHORIZATION")) {
      return Family.AUTHORIZATION;
    }
    if (table.startsWith("ACT_RU_")) {
      return Family.RUNTIME;
    }
    if (table.startsWith("ACT_")) {
      return Family.CAMUNDA_OTHER;
    }
    return table.startsWith("PST_") ? Family.OURS : Family.OTHER;
  }

  /** One physical connection and the server counters it had when it was opened. */
  private static final class Session {
    private final Connection raw;
    private final long[] base;
    private long readings;
    private long[] last;

    Session(Connection raw) throws SQLException {
      this.raw = raw;
      this.base = status(raw);
      this.readings = 1;
      this.last = base;
    }

    /** Counters net of the opening state and of the readings themselves (each is one question). */
    synchronized long[] net() {
      try {
        last = status(raw);
        readings++;
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the session counters of a connection", e);
      }
      return netOf(last);
    }

    synchronized long[] netOf(long[] values) {
      return new long[] {values[0] - base[0] - (readings - 1), values[1] - base[1], values[2] - base[2],
          values[3] - base[3]};
    }

    private static long[] status(Connection c) throws SQLException {
      long[] v = new long[4];
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(STATUS)) {
        while (rs.next()) {
          long value = rs.getLong(2);
          switch (rs.getString(1).toLowerCase(Locale.ROOT)) {
            case "questions" -> v[0] = value;
            case "com_commit" -> v[1] = value;
            case "com_rollback" -> v[2] = value;
            case "com_set_option" -> v[3] = value;
            default -> { }
          }
        }
      }
      return v;
    }
  }

  /** Registers each physical connection as the driver opens it. */
  private final class Registering implements DataSource {
    private final DataSource driver;

    Registering(DataSource driver) {
      this.driver = driver;
    }

    private Connection register(Connection c) throws SQLException {
      sessions.put(c, new Session(c));
      return c;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return register(driver.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return register(driver.getConnection(username, password));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return driver.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return driver.isWrapperFor(iface);
    }
  }

  /** Classifies every JDBC statement execution (each batch entry counts once). */
  private final class Classifier implements QueryExecutionListener {
    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
      // counted after
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
      for (QueryInfo q : queryInfoList) {
        int n = Math.max(1, q.getParametersList().size());
        families.get(family(q.getQuery())).add(n);
        bySql.computeIfAbsent(WHITESPACE.matcher(q.getQuery().trim()).replaceAll(" "), k -> new LongAdder()).add(n);
        jdbcStatements.add(n);
      }
    }
  }

  /** Counts commit() calls and reads a connection's counters just before the pool closes it. */
  private final class ConnectionEvents implements MethodExecutionListener {
    @Override
    public void beforeMethod(MethodExecutionContext context) {
      if (context.getTarget() instanceof Connection c && "close".equals(context.getMethod().getName())) {
        Session s = sessions.remove(c);
        if (s != null) {
          try {
            long[] net = s.net();
            synchronized (closed) {
              for (int i = 0; i < 4; i++) {
                closed[i] += net[i];
              }
            }
          } catch (IllegalStateException alreadyBroken) {
            // a broken connection cannot be read; its work since the last reading is lost (rare)
          }
        }
      }
    }

    @Override
    public void afterMethod(MethodExecutionContext context) {
      if (context.getTarget() instanceof Connection && "commit".equals(context.getMethod().getName())) {
        jdbcCommits.increment();
      }
    }
  }
}
