package id.go.bps.pst.rating;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores the visitor's rating (step 19) and computes the satisfaction index over responses. */
@Service
@Transactional
public class SurveyService {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SurveyService(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records one response; scores are the nine SKM elements in order, each 1-4. */
  public void record(String requestNumber, String unitCode, int[] scores, String comment, String assistedBy) {
    SatisfactionIndex.checkScores(scores);
    List<Object> args = new ArrayList<>(List.of(requestNumber, unitCode, Timestamp.from(clock.instant())));
    for (int s : scores) {
      args.add(s);
    }
    args.add(comment == null || comment.isBlank() ? null : comment.strip());
    args.add(assistedBy);
    jdbc.update("insert into pst_survey_response (request_number, unit_code, answered_at, q1, q2, q3, q4, q5, q6, "
        + "q7, q8, q9, comment_text, assisted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args.toArray());
  }

  @Transactional(readOnly = true)
  public SatisfactionIndex index(String unitCode) {
    List<int[]> rows = jdbc.query("select q1, q2, q3, q4, q5, q6, q7, q8, q9 from pst_survey_response where unit_code = ?",
        (rs, i) -> {
          int[] r = new int[9];
          for (int k = 0; k < 9; k++) {
            r[k] = rs.getInt(k + 1);
          }
          return r;
        }, unitCode);
    return SatisfactionIndex.of(rows);
  }
}
