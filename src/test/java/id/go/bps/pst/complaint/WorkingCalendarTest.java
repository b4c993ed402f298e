package id.go.bps.pst.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working-day deadlines across weekends, holidays, cuti bersama and the turn of the year. */
class WorkingCalendarTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  private static final LocalTime END = LocalTime.of(23, 59);
  /** The end of 2026 and start of 2027 as seeded: cuti bersama 24 Dec, Christmas, New Year. */
  private static final WorkingCalendar YEAR_END = new WorkingCalendar(List.of(
      LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
  /** Nyepi and Idul Fitri 2026 with their cuti bersama (SKB 2025). */
  private static final WorkingCalendar LEBARAN_2026 = new WorkingCalendar(List.of(
      LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
      LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24)));
  private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(List.of());

  @Test
  void weekendsAreSkippedAndTheDayOfReceiptNeverCounts() {
    // Thursday 3 December 2026 -> Fri 4 (1), Mon 7 (2), Tue 8 (3)
    assertThat(NO_HOLIDAYS.addWorkingDays(LocalDate.of(2026, 12, 3), 3)).isEqualTo(LocalDate.of(2026, 12, 8));
    // received on a Saturday: Monday is the first working day
    assertThat(NO_HOLIDAYS.addWorkingDays(LocalDate.of(2026, 12, 5), 1)).isEqualTo(LocalDate.of(2026, 12, 7));
    // Friday + 5 = next Friday
    assertThat(NO_HOLIDAYS.addWorkingDays(LocalDate.of(2026, 12, 4), 5)).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(NO_HOLIDAYS.addWorkingDays(LocalDate.of(2026, 12, 4), 0)).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThatThrownBy(() -> NO_HOLIDAYS.addWorkingDays(LocalDate.of(2026, 12, 4), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeadlineCrossingChristmasCutiBersamaAndNewYear() {
    // Wednesday 23 Dec 2026: 24 cuti bersama, 25 Christmas, 26-27 weekend, 28 (1), 29 (2), 30 (3)
    assertThat(YEAR_END.addWorkingDays(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
    // ... 31 (4), 1 Jan 2027 New Year, 2-3 weekend, Monday 4 Jan (5)
    assertThat(YEAR_END.addWorkingDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    // 14 working days: 4-8 Jan (5..9), 11-15 Jan (10..14) -> Friday 15 Jan 2027
    assertThat(YEAR_END.addWorkingDays(LocalDate.of(2026, 12, 23), 14)).isEqualTo(LocalDate.of(2027, 1, 15));
    // the due instant ends the last day at 23.59 WITA, stored in UTC
    Instant received = Instant.parse("2026-12-23T07:45:00Z"); // 15.45 WITA
    assertThat(YEAR_END.dueAfter(received, 5, WITA, END)).isEqualTo(Instant.parse("2027-01-04T15:59:00Z"));
  }

  @Test
  void theZoneDecidesTheDayOfReceipt() {
    // 20.30 UTC on Thursday 31 Dec 2026 is already Friday 1 Jan 2027 04.30 WITA (a holiday):
    // the first working day after it is Monday 4 Jan
    Instant lateEvening = Instant.parse("2026-12-31T20:30:00Z");
    assertThat(YEAR_END.dueAfter(lateEvening, 1, WITA, END)).isEqualTo(Instant.parse("2027-01-04T15:59:00Z"));
    // read in UTC it would still be 31 Dec, and the deadline a different day
    assertThat(YEAR_END.dueAfter(lateEvening, 1, ZoneId.of("UTC"), END)).isEqualTo(Instant.parse("2027-01-04T23:59:00Z"));
  }

  @Test
  void idulFitriAndNyepiCutiBersamaStopTheClockForAWeek() {
    // Tuesday 17 March 2026: 18-24 March are all off; 25 (1), 26 (2), 27 (3)
    assertThat(LEBARAN_2026.addWorkingDays(LocalDate.of(2026, 3, 17), 3)).isEqualTo(LocalDate.of(2026, 3, 27));
    assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2026, 3, 23))).isFalse(); // a Monday of cuti bersama
    assertThat(LEBARAN_2026.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
    assertThat(LEBARAN_2026.workingDaysBetween(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 27))).isEqualTo(3);
  }

  @Test
  void workingDaysBetweenCountsAge() {
    assertThat(YEAR_END.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4))).isEqualTo(5);
    assertThat(YEAR_END.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 23))).isZero();
    assertThat(YEAR_END.workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 20))).isZero();
  }
}
