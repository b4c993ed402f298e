package id.go.bps.pst.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * Working days: Monday to Friday, except national holidays and cuti bersama of the holiday calendar.
 * A deadline of N working days counts from the day after the start day (the day of receipt never
 * counts, whatever the hour), skipping weekends and holidays, and ends at the due time of the N-th
 * working day in the unit's zone.
 */
public final class WorkingCalendar {

  private final Set<LocalDate> holidays;

  public WorkingCalendar(Collection<LocalDate> holidays) {
    this.holidays = Set.copyOf(holidays);
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /** The N-th working day after {@code start} (start itself never counts); {@code start} when N is 0. */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative");
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The deadline N working days after the moment {@code start}, at {@code dueTime} in {@code zone}. */
  public Instant dueAfter(Instant start, int workingDays, ZoneId zone, LocalTime dueTime) {
    LocalDate day = addWorkingDays(start.atZone(zone).toLocalDate(), workingDays);
    return day.atTime(dueTime).atZone(zone).toInstant();
  }

  /** Working days from the day after {@code from} up to and including {@code to} (0 when to is not after from). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
