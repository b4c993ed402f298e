package id.go.bps.pst.complaint;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holiday calendar per year that the supervisor maintains (page /laporan/hari-libur): national
 * holidays and cuti bersama, seeded for 2026 (and the fixed dates of 2027). Deadlines are computed
 * when set; a change here applies to deadlines set afterwards.
 */
@Service
@Transactional
public class HolidayCalendar {

  static final int MAX_NAME = 200;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  HolidayCalendar(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * A calendar that knows every national holiday from {@code from} onwards (a deadline never spans more
   * than a year or two).
   */
  @Transactional(readOnly = true)
  public WorkingCalendar from(LocalDate from) {
    return from(null, from);
  }

  /** The unit's calendar: the national holidays and the unit's own days (pst_unit_holiday). */
  @Transactional(readOnly = true)
  public WorkingCalendar from(String unitCode, LocalDate from) {
    List<LocalDate> days = new ArrayList<>(jdbc.query(
        "select holiday_date from pst_holiday where holiday_date >= ? and holiday_date <= ?",
        (rs, i) -> rs.getDate(1).toLocalDate(), Date.valueOf(from.minusDays(1)), Date.valueOf(from.plusYears(2))));
    if (unitCode != null) {
      days.addAll(jdbc.query("select holiday_date from pst_unit_holiday where unit_code = ? and holiday_date >= ? "
              + "and holiday_date <= ?", (rs, i) -> rs.getDate(1).toLocalDate(), unitCode,
          Date.valueOf(from.minusDays(1)), Date.valueOf(from.plusYears(2))));
    }
    return new WorkingCalendar(days);
  }

  /** The unit's days of a year: national ones and the unit's own, by date. */
  @Transactional(readOnly = true)
  public List<Holiday> year(String unitCode, int year) {
    List<Holiday> days = new ArrayList<>(year(year));
    days.addAll(jdbc.query("select id, holiday_date, name, kind, source, created_by, created_at, unit_code "
            + "from pst_unit_holiday where unit_code = ? and holiday_date >= ? and holiday_date < ?",
        (rs, i) -> new Holiday(rs.getLong("id"), rs.getDate("holiday_date").toLocalDate(), rs.getString("name"),
            HolidayKind.valueOf(rs.getString("kind")), rs.getString("source"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("unit_code")),
        unitCode, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1))));
    days.sort(java.util.Comparator.comparing(Holiday::date).thenComparing(h -> h.unitCode() == null ? "" : h.unitCode()));
    return days;
  }

  @Transactional(readOnly = true)
  public List<Holiday> year(int year) {
    return jdbc.query("select id, holiday_date, name, kind, source, created_by, created_at from pst_holiday "
            + "where holiday_date >= ? and holiday_date < ? order by holiday_date",
        (rs, i) -> new Holiday(rs.getLong("id"), rs.getDate("holiday_date").toLocalDate(), rs.getString("name"),
            HolidayKind.valueOf(rs.getString("kind")), rs.getString("source"), rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant()),
        Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
  }

  /** Adds a national day; throws {@link ComplaintValidationException} with Indonesian messages when it cannot. */
  public Holiday add(LocalDate date, String name, HolidayKind kind, String source, String actor) {
    return add(null, date, name, kind, source, actor);
  }

  /**
   * Adds a day to the national calendar ({@code unitCode} null) or to one unit's own days; refused with an
   * Indonesian message when the date is already a holiday of that unit.
   */
  public Holiday add(String unitCode, LocalDate date, String name, HolidayKind kind, String source, String actor) {
    List<String> problems = new ArrayList<>();
    String n = name == null ? "" : name.strip();
    if (date == null) {
      problems.add("Isi tanggal hari libur.");
    } else if (date.getYear() < 2000 || date.getYear() > 2100) {
      problems.add("Tahun hari libur harus antara 2000 dan 2100.");
    }
    if (n.length() < 3 || n.length() > MAX_NAME) {
      problems.add("Nama hari libur harus 3 sampai " + MAX_NAME + " karakter.");
    } else if (n.matches(".*[<>{}].*")) {
      problems.add("Nama hari libur tidak boleh memuat tanda < > { }.");
    }
    if (kind == null) {
      problems.add("Pilih jenis hari libur (libur nasional, cuti bersama, libur daerah).");
    }
    if (!problems.isEmpty()) {
      throw new ComplaintValidationException(problems);
    }
    String src = source == null || source.isBlank() ? null : source.strip();
    if (src != null && src.length() > 300) {
      throw new ComplaintValidationException("Sumber/dasar hukum paling banyak 300 karakter.");
    }
    try {
      if (unitCode == null) {
        jdbc.update("insert into pst_holiday (holiday_date, name, kind, source, created_by, created_at) values (?, ?, ?, ?, ?, ?)",
            Date.valueOf(date), n, kind.name(), src, actor, Timestamp.from(clock.instant()));
      } else {
        if (!jdbc.queryForList("select id from pst_holiday where holiday_date = ?", Long.class, Date.valueOf(date)).isEmpty()) {
          throw new ComplaintValidationException("Tanggal " + date + " sudah menjadi libur nasional di kalender.");
        }
        jdbc.update("insert into pst_unit_holiday (unit_code, holiday_date, name, kind, source, created_by, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?)", unitCode, Date.valueOf(date), n, kind.name(), src, actor,
            Timestamp.from(clock.instant()));
      }
    } catch (DuplicateKeyException duplicate) {
      throw new ComplaintValidationException("Tanggal " + date + " sudah ada di kalender hari libur.");
    }
    List<Holiday> days = unitCode == null ? year(date.getYear()) : year(unitCode, date.getYear());
    return days.stream().filter(h -> h.date().equals(date) && java.util.Objects.equals(h.unitCode(), unitCode))
        .findFirst().orElseThrow();
  }

  /** Removes a national day; false when it was not there. */
  public boolean remove(long id) {
    return jdbc.update("delete from pst_holiday where id = ?", id) > 0;
  }

  /** Removes one of the unit's own days; false when the unit has no such day. */
  public boolean remove(String unitCode, long id) {
    return jdbc.update("delete from pst_unit_holiday where id = ? and unit_code = ?", id, unitCode) > 0;
  }
}
