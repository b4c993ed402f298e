package id.go.bps.pst.report.internal;

import id.go.bps.pst.common.IndonesianFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a report covers: local days of the unit's zone, {@code from} to {@code to} inclusive.
 * Chosen on every page by a preset relative to a reference day ({@code acuan}, default today) or a
 * custom range: {@code ?periode=hari|minggu|bulan|kuartal|tahun|kustom&acuan=2026-12-01&dari=..&sampai=..}.
 * The default is this month. A custom range is at most {@value #MAX_DAYS} days.
 */
record ReportPeriod(Kind kind, LocalDate anchor, LocalDate from, LocalDate to, ZoneId zone) {

  static final int MAX_DAYS = 3 * 366;

  enum Kind {
    DAY("hari", "Hari ini"),
    WEEK("minggu", "Minggu ini"),
    MONTH("bulan", "Bulan ini"),
    QUARTER("kuartal", "Kuartal ini"),
    YEAR("tahun", "Tahun ini"),
    CUSTOM("kustom", "Rentang tanggal");

    final String param;
    final String preset;

    Kind(String param, String preset) {
      this.param = param;
      this.preset = preset;
    }

    public String param() {
      return param;
    }

    public String preset() {
      return preset;
    }

    static Kind of(String param) {
      for (Kind k : values()) {
        if (k.param.equalsIgnoreCase(param)) {
          return k;
        }
      }
      return null;
    }
  }

  /** Bad period parameters: shown as HTTP 400 with the message. */
  static final class InvalidPeriod extends RuntimeException {
    InvalidPeriod(String message) {
      super(message);
    }
  }

  static ReportPeriod parse(String kindParam, String anchorParam, String fromParam, String toParam, LocalDate today,
      ZoneId zone) {
    boolean range = (fromParam != null && !fromParam.isBlank()) || (toParam != null && !toParam.isBlank());
    // a range typed without a preset is a custom range (it was silently ignored before: the month was shown)
    Kind kind = kindParam == null || kindParam.isBlank() ? (range ? Kind.CUSTOM : Kind.MONTH) : Kind.of(kindParam);
    if (kind == null) {
      throw new InvalidPeriod("Periode \"" + kindParam + "\" tidak dikenal: pilih hari, minggu, bulan, kuartal, "
          + "tahun atau kustom.");
    }
    if (kind == Kind.CUSTOM) {
      LocalDate from = date(fromParam, "dari");
      LocalDate to = date(toParam, "sampai");
      if (from == null || to == null) {
        throw new InvalidPeriod("Untuk rentang tanggal, isi tanggal \"dari\" dan \"sampai\".");
      }
      if (to.isBefore(from)) {
        throw new InvalidPeriod("Tanggal \"sampai\" tidak boleh sebelum tanggal \"dari\".");
      }
      if (from.plusDays(MAX_DAYS).isBefore(to)) {
        throw new InvalidPeriod("Rentang tanggal paling panjang tiga tahun.");
      }
      return new ReportPeriod(kind, from, from, to, zone);
    }
    LocalDate anchor = anchorParam == null || anchorParam.isBlank() ? today : date(anchorParam, "acuan");
    return preset(kind, anchor, zone);
  }

  static ReportPeriod preset(Kind kind, LocalDate anchor, ZoneId zone) {
    return switch (kind) {
      case DAY -> new ReportPeriod(kind, anchor, anchor, anchor, zone);
      case WEEK -> {
        LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new ReportPeriod(kind, anchor, monday, monday.plusDays(6), zone);
      }
      case MONTH -> new ReportPeriod(kind, anchor, anchor.withDayOfMonth(1),
          anchor.with(TemporalAdjusters.lastDayOfMonth()), zone);
      case QUARTER -> {
        LocalDate first = anchor.with(IsoFields.DAY_OF_QUARTER, 1);
        yield new ReportPeriod(kind, anchor, first, first.plusMonths(3).minusDays(1), zone);
      }
      case YEAR -> new ReportPeriod(kind, anchor, anchor.withDayOfYear(1),
          anchor.with(TemporalAdjusters.lastDayOfYear()), zone);
      case CUSTOM -> throw new IllegalArgumentException("custom has no preset");
    };
  }

  private static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidPeriod("Tanggal \"" + name + "\" tidak valid: tulis sebagai TTTT-BB-HH, misalnya 2026-12-01.");
    }
    if (!id.go.bps.pst.common.ReportDates.reportable(date)) {
      throw new InvalidPeriod(id.go.bps.pst.common.ReportDates.outOfRange("Tanggal \"" + name + "\""));
    }
    return date;
  }

  /** Start of the first day (UTC instant, inclusive). */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** Start of the day after the last (UTC instant, exclusive). */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** The same kind of period before this one (presets only). */
  public ReportPeriod previous() {
    return shift(-1);
  }

  public ReportPeriod next() {
    return shift(1);
  }

  private ReportPeriod shift(int step) {
    return switch (kind) {
      case DAY -> preset(kind, anchor.plusDays(step), zone);
      case WEEK -> preset(kind, anchor.plusWeeks(step), zone);
      case MONTH -> preset(kind, anchor.plusMonths(step), zone);
      case QUARTER -> preset(kind, anchor.plusMonths(3L * step), zone);
      case YEAR -> preset(kind, anchor.plusYears(step), zone);
      case CUSTOM -> {
        long length = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate f = from.plusDays(step * length);
        yield new ReportPeriod(kind, f, f, f.plusDays(length - 1), zone);
      }
    };
  }

  /** Indonesian description: "Desember 2026", "Kuartal IV 2026", "1 Desember 2026 s.d. 7 Desember 2026". */
  public String label() {
    return switch (kind) {
      case DAY -> IndonesianFormat.dayWithWeekday(from);
      case MONTH -> IndonesianFormat.month(YearMonth.from(from));
      case QUARTER -> "Kuartal " + new String[] {"I", "II", "III", "IV"}[from.get(IsoFields.QUARTER_OF_YEAR) - 1]
          + " " + from.getYear();
      case YEAR -> "Tahun " + from.getYear();
      case WEEK, CUSTOM -> from.equals(to) ? IndonesianFormat.date(from)
          : IndonesianFormat.date(from) + " s.d. " + IndonesianFormat.date(to);
    };
  }

  /** The query string of this period, for links (CSV, previous, next, other reports). */
  public String query() {
    return kind == Kind.CUSTOM ? "periode=kustom&dari=" + from + "&sampai=" + to
        : "periode=" + kind.param + "&acuan=" + anchor;
  }
}
