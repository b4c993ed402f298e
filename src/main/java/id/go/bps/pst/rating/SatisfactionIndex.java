package id.go.bps.pst.rating;

import java.util.List;

/**
 * IKM per PermenPANRB 14/2017: the mean of the nine element means (weight 1/9 each), converted
 * x25 to 25-100, graded A (88,31-100), B (76,61-88,30), C (65,00-76,60), D (25,00-64,99).
 */
public record SatisfactionIndex(int responses, double ikm, double converted, String grade, String gradeLabel) {

  public static final int ELEMENTS = 9;

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
    if (responses.isEmpty()) {
      return new SatisfactionIndex(0, 0, 0, "-", "belum ada penilaian");
    }
    double sumOfMeans = 0;
    for (int k = 0; k < ELEMENTS; k++) {
      long sum = 0;
      for (int[] r : responses) {
        sum += r[k];
      }
      sumOfMeans += (double) sum / responses.size();
    }
    double ikm = sumOfMeans / ELEMENTS;
    double converted = Math.round(ikm * 25 * 100) / 100.0;
    String grade = converted >= 88.31 ? "A" : converted >= 76.61 ? "B" : converted >= 65.00 ? "C" : "D";
    String label = switch (grade) {
      case "A" -> "sangat baik";
      case "B" -> "baik";
      case "C" -> "kurang baik";
      default -> "tidak baik";
    };
    return new SatisfactionIndex(responses.size(), ikm, converted, grade, label);
  }
}
