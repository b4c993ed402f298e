package id.go.bps.pst.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A survey comment that asks for follow-up becomes a complaint: its contact is checked by the complaint's rules
 * (common.ContactRules) when the survey is sent, so the respondent is told what to fix instead of reading "we will
 * follow up" while the complaint was refused behind the page (a name with brackets, an 8-digit phone).
 */
class SurveyFollowUpRulesTest extends id.go.bps.pst.SharedContextTest {

  @Autowired SurveyService surveys;
  @Autowired JdbcTemplate jdbc;

  private long count() {
    return jdbc.queryForObject("select count(*) from pst_survey_follow_up", Long.class);
  }

  private SurveySubmission withContact(String name, String email, String phone) {
    return new SurveySubmission(null, "6503", "LAINNYA", SurveySource.STANDALONE, new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3},
        "Antrean lama", null, new FollowUpContact(name, email, phone));
  }

  @Test
  void aContactTheComplaintWouldRefuseIsRefusedWhenTheSurveyIsSent() {
    long before = count();
    assertThatThrownBy(() -> surveys.record(withContact("Ibu Ani (Guru SD 2)", null, "081255551234")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Nama hanya boleh berisi huruf");
    assertThatThrownBy(() -> surveys.record(withContact("<script>x</script>", null, "081255551234")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Nama hanya boleh berisi huruf");
    assertThatThrownBy(() -> surveys.record(withContact("Ani", null, "0812 555")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 sampai 15 angka");
    assertThatThrownBy(() -> surveys.record(withContact("Ani", "ani@contoh", null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Alamat e-mail tidak valid");
    assertThat(count()).isEqualTo(before);
    // what the complaint accepts: "Hj. Siti", a phone written with spaces and dashes
    surveys.record(withContact("Hj. Siti", null, "0812-5555 1234"));
    assertThat(count()).isEqualTo(before + 1);
  }
}
