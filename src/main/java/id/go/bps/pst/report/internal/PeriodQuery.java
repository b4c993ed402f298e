package id.go.bps.pst.report.internal;

/**
 * The period picker's query parameters, shared by every report page and its CSV: {@code periode} (day,
 * week, month, year or range), {@code acuan} (the anchor date) and {@code dari}/{@code sampai} (a range).
 * All optional; {@link ReportPages#period(PeriodQuery)} turns them into a {@link ReportPeriod} or a 400.
 */
record PeriodQuery(String periode, String acuan, String dari, String sampai) {
}
