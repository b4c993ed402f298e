package id.go.bps.pst.rating;

import java.time.Instant;

/** A stored response, as the reports list it (comments, marks). */
public record SurveyResponse(long id, String requestNumber, String service, SurveySource source,
    Instant answeredAt, int[] scores, String comment, String assistedBy, boolean followUpRequested) {

  /** Entered by an officer on the visitor's behalf: shown marked, not counted in the index. */
  public boolean assisted() {
    return assistedBy != null;
  }

  /** The scores U1..U9 as "4, 4, 3, ...". */
  public String scoresText() {
    return java.util.Arrays.stream(scores).mapToObj(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
