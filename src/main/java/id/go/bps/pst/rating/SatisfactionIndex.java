package id.go.bps.pst.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The satisfaction index (IKM) of PermenPANRB 14/2017 over a set of responses: per element the mean
 * score (NRR, 1-4); the IKM is the mean of the nine element means, each weighted exactly 1/9; the
 * converted index is IKM x 25 (25-100), graded by {@link SkmGrade}. Everything is exact ({@link Ratio});
 * only the displayed figures are rounded, half up, to two decimals.
 *
 * @param respondents number of responses counted
 * @param elements per element: the sum of scores and the exact mean
 * @param ikm exact mean of the element means (1-4); {@code null} when there are no responses
 * @param converted exact IKM x 25; {@code null} when there are no responses
 */
public record SatisfactionIndex(int respondents, List<Element> elements, Ratio ikm, Ratio converted) {

  public static final int ELEMENTS = 9;
  private static final Ratio WEIGHT = Ratio.of(1, ELEMENTS);

  /** One element's figures. */
  public record Element(SkmElement element, long sum, Ratio mean) {
    /** The mean rounded to two decimals (display). */
    public BigDecimal displayedMean() {
      return mean == null ? null : mean.rounded(2);
    }

    /** The element's mean x 25, rounded to two decimals (display). */
    public BigDecimal displayedConverted() {
      return mean == null ? null : mean.times(25).rounded(2);
    }
  }

  static void checkScores(int[] scores) {
    if (scores == null || scores.length != ELEMENTS) {
      throw new IllegalArgumentException("Penilaian harus berisi 9 unsur.");
    }
    for (int s : scores) {
      if (s < 1 || s > 4) {
        throw new IllegalArgumentException("Setiap unsur dinilai 1 sampai 4.");
      }
    }
  }

  public static SatisfactionIndex of(List<int[]> responses) {
    long[] sums = new long[ELEMENTS];
    for (int[] r : responses) {
      checkScores(r);
      for (int k = 0; k < ELEMENTS; k++) {
        sums[k] += r[k];
      }
    }
    return ofSums(responses.size(), sums);
  }

  /** From the number of respondents and the sum of scores per element (U1..U9). */
  public static SatisfactionIndex ofSums(int respondents, long[] sums) {
    List<Element> elements = new ArrayList<>();
    Ratio ikm = Ratio.ZERO;
    for (SkmElement e : SkmElement.values()) {
      long sum = sums[e.ordinal()];
      Ratio mean = respondents == 0 ? null : Ratio.of(sum, respondents);
      elements.add(new Element(e, sum, mean));
      if (mean != null) {
        ikm = ikm.plus(mean.times(WEIGHT));
      }
    }
    if (respondents == 0) {
      return new SatisfactionIndex(0, List.copyOf(elements), null, null);
    }
    return new SatisfactionIndex(respondents, List.copyOf(elements), ikm, ikm.times(25));
  }

  public boolean isEmpty() {
    return respondents == 0;
  }

  /** The IKM (1-4) rounded to two decimals; null when empty. */
  public BigDecimal displayedIkm() {
    return ikm == null ? null : ikm.rounded(2);
  }

  /** The converted index (25-100) rounded half up to two decimals; null when empty. */
  public BigDecimal displayedIndex() {
    return converted == null ? null : converted.rounded(2);
  }

  /** The grade of the displayed index (see {@link SkmGrade}); null when empty. */
  public SkmGrade grade() {
    return converted == null ? null : SkmGrade.ofDisplayed(displayedIndex());
  }
}
