package id.go.bps.pst.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** One non-working day of the holiday calendar: national (every unit's) or one unit's own ({@code unitCode}). */
public record Holiday(long id, LocalDate date, String name, HolidayKind kind, String source, String createdBy,
    Instant createdAt, String unitCode) {

  /** A national day (every unit's). */
  public Holiday(long id, LocalDate date, String name, HolidayKind kind, String source, String createdBy,
      Instant createdAt) {
    this(id, date, name, kind, source, createdBy, createdAt, null);
  }

  /** True for a national day (pst_holiday, every unit's); false for one unit's own day. */
  public boolean national() {
    return unitCode == null;
  }
}
