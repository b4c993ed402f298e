package id.go.bps.pst.common;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The units of this deployment, read from {@code pst_unit}. Kept in memory and read again after a
 * minute, or at once (at most every few seconds) when a code is asked that is not known yet: a unit
 * added as a row works without a restart. The configured {@code pst.unit} is the default unit (a
 * kiosk, a start without an officer, records from before units existed) and is added as a row at
 * startup when missing.
 */
@Component
public class UnitDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(UnitDirectory.class);
  static final Duration MAX_AGE = Duration.ofMinutes(1);
  static final Duration MISS_INTERVAL = Duration.ofSeconds(2);

  private final JdbcTemplate jdbc;
  private final UnitProperties defaults;
  private final TransactionTemplate transaction;
  private volatile Map<String, Unit> units = Map.of();
  private volatile Map<String, UnitSettings> settings = Map.of();
  private volatile long loadedAt;

  public UnitDirectory(JdbcTemplate jdbc, UnitProperties defaults, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.defaults = defaults;
    refresh();
    if (!units.containsKey(defaults.code())) {
      add(new Unit(defaults.code(), defaults.name() == null ? "BPS " + defaults.code() : defaults.name(),
          defaults.zone(), defaults.city(), defaults.address(), defaults.email(), defaults.phone(),
          defaults.headName(), defaults.headNip()));
    }
  }

  /** All units, ordered by code. */
  public List<Unit> all() {
    return List.copyOf(current().values());
  }

  public Optional<Unit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Unit unit = current().get(code);
    if (unit == null && System.nanoTime() - loadedAt > MISS_INTERVAL.toNanos()) {
      refresh();
      unit = units.get(code);
    }
    return Optional.ofNullable(unit);
  }

  /** The unit with this code; {@link UnknownUnitException} when there is none. */
  public Unit require(String code) {
    return find(code).orElseThrow(() -> new UnknownUnitException(code));
  }

  /**
   * The unit's own settings (mail sender, complaint channels, products it does not sell; Flyway V91),
   * read again with the units; {@link UnitSettings#NONE} for an unknown unit.
   */
  public UnitSettings settings(String code) {
    if (code == null) {
      return UnitSettings.NONE;
    }
    current();
    return settings.getOrDefault(code, UnitSettings.NONE);
  }

  /** The configured default unit ({@code pst.unit.code}). */
  public Unit defaultUnit() {
    return require(defaults.code());
  }

  /** The unit of a process instance's tenant id; the default unit for instances without one. */
  public Unit ofTenant(String tenantId) {
    return tenantId == null ? defaultUnit() : require(tenantId);
  }

  /**
   * Inserts a unit row (what an operator does with SQL, see README "Units (tenants)"); a row another
   * node inserted at the same moment is kept.
   */
  public void add(Unit unit) {
    try {
      transaction.executeWithoutResult(status -> insert(unit));
    } catch (org.springframework.dao.DuplicateKeyException alreadyThere) {
      LOG.info("Unit {} was already added (another node)", unit.code());
    }
    refresh();
  }

  private void insert(Unit unit) {
    jdbc.update("insert into pst_unit (code, name, zone, city, address, email, phone, head_name, head_nip) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", unit.code(), unit.name(), unit.zone(), unit.city(), unit.address(),
        unit.email(), unit.phone(), unit.headName(), unit.headNip());
    LOG.info("Unit {} ({}) added", unit.code(), unit.name());
  }

  /** Reads the table again. */
  public synchronized void refresh() {
    Map<String, Unit> read = new LinkedHashMap<>();
    jdbc.query("select code, name, zone, city, address, email, phone, head_name, head_nip from pst_unit",
        rs -> {
          String code = rs.getString("code").strip();
          try {
            read.put(code, new Unit(code, rs.getString("name"), rs.getString("zone"), rs.getString("city"),
                rs.getString("address"), rs.getString("email"), rs.getString("phone"), rs.getString("head_name"),
                rs.getString("head_nip")));
          } catch (RuntimeException invalid) {
            LOG.warn("Unit row {} is skipped: {}", code, invalid.getMessage());
          }
        });
    Map<String, Unit> sorted = new LinkedHashMap<>();
    read.values().stream().sorted(Comparator.comparing(Unit::code)).forEach(u -> sorted.put(u.code(), u));
    Map<String, java.util.Set<String>> unsold = new java.util.HashMap<>();
    jdbc.query("select unit_code, product_key from pst_unit_unsold_product", rs -> {
      unsold.computeIfAbsent(rs.getString(1).strip(), k -> new java.util.HashSet<>())
          .add(rs.getString(2).strip().toUpperCase(java.util.Locale.ROOT));
    });
    Map<String, UnitSettings> readSettings = new java.util.HashMap<>();
    jdbc.query("select code, mail_from_name, mail_from_address, complaint_box, complaint_email, "
        + "complaint_sms_whatsapp from pst_unit", rs -> {
          String code = rs.getString("code").strip();
          readSettings.put(code, new UnitSettings(blankToNull(rs.getString("mail_from_name")),
              blankToNull(rs.getString("mail_from_address")), blankToNull(rs.getString("complaint_box")),
              blankToNull(rs.getString("complaint_email")), blankToNull(rs.getString("complaint_sms_whatsapp")),
              unsold.getOrDefault(code, java.util.Set.of())));
        });
    units = sorted;
    settings = readSettings;
    loadedAt = System.nanoTime();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Map<String, Unit> current() {
    if (System.nanoTime() - loadedAt > MAX_AGE.toNanos()) {
      refresh();
    }
    return units;
  }

  /** A unit code that no row of {@code pst_unit} has. */
  public static class UnknownUnitException extends RuntimeException {
    public UnknownUnitException(String code) {
      super("Unit dengan kode " + code + " tidak terdaftar.");
    }
  }
}
