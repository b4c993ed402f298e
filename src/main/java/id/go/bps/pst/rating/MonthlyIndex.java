package id.go.bps.pst.rating;

import java.time.YearMonth;

/** The index of one month (the unit's local months), assisted responses excluded. */
public record MonthlyIndex(YearMonth month, SatisfactionIndex index, int assisted) {}
