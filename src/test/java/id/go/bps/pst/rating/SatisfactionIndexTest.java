package id.go.bps.pst.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index of PermenPANRB 14/2017 against hand computations written as exact fractions: per element
 * the mean NRR_k = sum_k / n; IKM = sum over k of NRR_k x 1/9; index = IKM x 25. With every response
 * rating all nine elements this is 25 S / (9 n), S the total of all scores.
 */
class SatisfactionIndexTest {

  @Test
  void scriptedResponsesEqualTheHandComputation() {
    SatisfactionIndex index = SatisfactionIndex.of(List.of(
        new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4},
        new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3},
        new int[] {4, 3, 4, 3, 4, 3, 4, 3, 4},
        new int[] {2, 3, 3, 4, 3, 3, 4, 4, 3},
        new int[] {3, 4, 2, 3, 4, 4, 3, 3, 4}));
    // element sums U1..U9: 16, 17, 16, 17, 18, 17, 18, 17, 18 over n = 5
    long[] sums = {16, 17, 16, 17, 18, 17, 18, 17, 18};
    for (int k = 0; k < 9; k++) {
      assertThat(index.elements().get(k).sum()).isEqualTo(sums[k]);
      assertThat(index.elements().get(k).mean()).isEqualTo(Ratio.of(sums[k], 5));
    }
    // IKM = (16 + 17 + 16 + 17 + 18 + 17 + 18 + 17 + 18) / 5 x 1/9 = 154/45
    assertThat(index.ikm()).isEqualTo(Ratio.of(154, 45));
    // index = 154/45 x 25 = 770/9 = 85,555... -> 85,56 -> B (76,61-88,30)
    assertThat(index.converted()).isEqualTo(Ratio.of(770, 9));
    assertThat(index.displayedIndex()).isEqualByComparingTo("85.56");
    assertThat(index.displayedIkm()).isEqualByComparingTo("3.42");
    assertThat(index.grade()).isEqualTo(SkmGrade.B);
    assertThat(index.respondents()).isEqualTo(5);
    // U1 mean 16/5 = 3,20; converted 16/5 x 25 = 80,00
    assertThat(index.elements().get(0).displayedMean()).isEqualByComparingTo("3.20");
    assertThat(index.elements().get(0).displayedConverted()).isEqualByComparingTo("80.00");
  }

  @Test
  void gradeEdgesFollowTheDisplayedFigure() {
    // n = 19, S = 604: 25 x 604 / (9 x 19) = 15100/171 = 88,3040... -> 88,30 -> B
    edge(19, 604, Ratio.of(15100, 171), "88.30", SkmGrade.B);
    // n = 24, S = 763: 19075/216 = 88,3101... -> 88,31 -> A
    edge(24, 763, Ratio.of(19075, 216), "88.31", SkmGrade.A);
    // n = 26, S = 717: 5975/78 = 76,6025... -> 76,60 -> C
    edge(26, 717, Ratio.of(5975, 78), "76.60", SkmGrade.C);
    // n = 19, S = 524: 13100/171 = 76,6081... -> 76,61 -> B
    edge(19, 524, Ratio.of(13100, 171), "76.61", SkmGrade.B);
    // n = 5, S = 117: 2925/45 = 65 exactly -> 65,00 -> C
    edge(5, 117, Ratio.of(65, 1), "65.00", SkmGrade.C);
    // n = 38, S = 889: 22225/342 = 64,9853... -> 64,99 -> D
    edge(38, 889, Ratio.of(22225, 342), "64.99", SkmGrade.D);
  }

  @Test
  void anIndexExactlyBetweenTwoRangesIsRoundedHalfUpThenGraded() {
    // n = 5000, S = 158949: 25 x 158949 / 45000 = 88,305 exactly -> shown 88,31 -> A
    edge(5000, 158949, Ratio.of(17661, 200), "88.31", SkmGrade.A);
    // 76,605 exactly -> 76,61 -> B
    edge(5000, 137889, Ratio.of(15321, 200), "76.61", SkmGrade.B);
    // 64,995 exactly -> 65,00 -> C
    edge(5000, 116991, Ratio.of(12999, 200), "65.00", SkmGrade.C);
  }

  @Test
  void extremesAndEmpty() {
    edge(1, 36, Ratio.of(100, 1), "100.00", SkmGrade.A);
    edge(1, 9, Ratio.of(25, 1), "25.00", SkmGrade.D);
    SatisfactionIndex none = SatisfactionIndex.of(List.of());
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.grade()).isNull();
    assertThat(none.displayedIndex()).isNull();
    assertThatThrownBy(() -> SatisfactionIndex.of(List.<int[]>of(new int[] {5, 4, 4, 4, 4, 4, 4, 4, 4})))
        .hasMessageContaining("1 sampai 4");
    assertThatThrownBy(() -> SatisfactionIndex.of(List.<int[]>of(new int[] {4, 4})))
        .hasMessageContaining("9 unsur");
  }

  private static void edge(int n, int totalScore, Ratio expected, String displayed, SkmGrade grade) {
    SatisfactionIndex index = SatisfactionIndex.of(responses(n, totalScore));
    assertThat(index.converted()).as("n=%d S=%d", n, totalScore).isEqualTo(expected);
    assertThat(index.displayedIndex()).as("n=%d S=%d", n, totalScore).isEqualTo(new BigDecimal(displayed));
    assertThat(index.grade()).as("n=%d S=%d", n, totalScore).isEqualTo(grade);
  }

  /** n responses whose scores add up to the total: all 4, then lowered one score at a time, in turn. */
  static List<int[]> responses(int n, int total) {
    List<int[]> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4});
    }
    int excess = 36 * n - total;
    int cursor = 0;
    while (excess > 0) {
      int[] r = list.get(cursor % n);
      int k = (cursor / n) % 9;
      if (r[k] > 1) {
        r[k]--;
        excess--;
      }
      cursor++;
    }
    return list;
  }
}
