package id.go.bps.pst;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where integration tests keep their data: a private in-memory H2 database by default, or the
 * MariaDB named by DB_URL/DB_USER/DB_PASSWORD when PST_IT_DB=mariadb is set in the environment
 * (or -Dit.db=mariadb), as .ci/run does.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static boolean onMariaDb() {
    return "mariadb".equalsIgnoreCase(System.getProperty("it.db"))
        || "mariadb".equalsIgnoreCase(System.getenv("PST_IT_DB"));
  }

  public static void register(DynamicPropertyRegistry registry) {
    register(registry, null);
  }

  /**
   * As {@link #register(DynamicPropertyRegistry)}, but on MariaDB in a database of its own (the configured
   * database's name plus {@code _<suffix>}, created when missing): for tests whose staff or units must not
   * meet those of the other test classes, which share one database (e.g. a different default unit, whose
   * demo staff would otherwise belong to two units).
   */
  public static void register(DynamicPropertyRegistry registry, String suffix) {
    if (onMariaDb()) {
      String url = env("DB_URL", "jdbc:mariadb://localhost:3306/pst_test");
      if (suffix != null) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query + 1);
        url = base + "_" + suffix + "?" + (params.isEmpty() ? "" : params + "&") + "createDatabaseIfNotExist=true";
      }
      String finalUrl = url;
      registry.add("spring.datasource.url", () -> finalUrl);
      registry.add("spring.datasource.username", () -> env("DB_USER", "pst"));
      registry.add("spring.datasource.password", () -> env("DB_PASSWORD", "pst"));
      registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
      // the same settings as the 'mariadb' profile (see application.yaml)
      registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
      // many test contexts stay cached side by side, each with its own pool: small pools that do not
      // hold idle connections, or together they pass the server's max_connections
      registry.add("spring.datasource.hikari.maximum-pool-size", () -> "10");
      registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
      registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
      registry.add("camunda.bpm.database.type", () -> "mysql");
      registry.add("spring.datasource.hikari.data-source-properties.nullDatabaseMeansCurrent", () -> "true");
      registry.add("spring.datasource.hikari.data-source-properties.useServerPrepStmts", () -> "true");
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:${random.uuid};DB_CLOSE_DELAY=-1");
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
