package id.go.bps.pst.tariff;

import java.time.LocalDate;
import java.util.List;

/** A priced order: lines in whole rupiah and the schedule (legal basis) used. */
public record Quote(
    LocalDate date,
    String scheduleCode,
    String legalBasis,
    UserCategory userCategory,
    boolean commercial,
    List<QuoteLine> lines,
    long total) {

  public Quote {
    lines = List.copyOf(lines);
  }
}
