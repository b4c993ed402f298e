package id.go.bps.pst.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** One non-working day of the holiday calendar. */
public record Holiday(long id, LocalDate date, String name, HolidayKind kind, String source, String createdBy,
    Instant createdAt) {
}
