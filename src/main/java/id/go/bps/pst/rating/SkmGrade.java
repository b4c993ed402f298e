package id.go.bps.pst.rating;

import java.math.BigDecimal;

/**
 * Service quality (mutu pelayanan) by the converted index, PermenPANRB 14/2017: A 88,31-100,
 * B 76,61-88,30, C 65,00-76,60, D 25,00-64,99.
 *
 * <p>The ranges are written with two decimals and leave gaps (88,30 .. 88,31). The grade is taken from
 * the index <em>rounded half up to two decimals</em>, the number the page shows, so the grade always
 * matches the printed figure: an exact 88,305 is shown as 88,31 and graded A; 88,3049.. is shown as
 * 88,30 and graded B; 64,995 is shown as 65,00 and graded C.
 */
public enum SkmGrade {
  A("Sangat baik", new BigDecimal("88.31")),
  B("Baik", new BigDecimal("76.61")),
  C("Kurang baik", new BigDecimal("65.00")),
  D("Tidak baik", new BigDecimal("25.00"));

  private final String label;
  private final BigDecimal lowerBound;

  SkmGrade(String label, BigDecimal lowerBound) {
    this.label = label;
    this.lowerBound = lowerBound;
  }

  public String label() {
    return label;
  }

  /** The lowest displayed index (two decimals) of the grade. */
  public BigDecimal lowerBound() {
    return lowerBound;
  }

  /** The grade of an index already rounded to two decimals for display. */
  public static SkmGrade ofDisplayed(BigDecimal displayedIndex) {
    for (SkmGrade g : values()) {
      if (displayedIndex.compareTo(g.lowerBound) >= 0) {
        return g;
      }
    }
    return D;
  }
}
