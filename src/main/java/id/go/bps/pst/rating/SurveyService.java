package id.go.bps.pst.rating;

import id.go.bps.pst.common.ContactRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey (SKM, PermenPANRB 14/2017): stores responses (step 19 of a sale, and the
 * stand-alone page for visitors of any service) and computes the index per period. Responses an
 * officer entered on the visitor's behalf are kept, marked, and left out of the index.
 */
@Service
@Transactional
public class SurveyService {

  /** The service code of the sale of statistical products (responses of step 19). */
  public static final String SALES_SERVICE = "PENJUALAN";

  private static final String COLUMNS = "id, request_number, service, source, answered_at, q1, q2, q3, q4, q5, q6, "
      + "q7, q8, q9, comment_text, assisted_by, "
      + "(select count(*) from pst_survey_follow_up f where f.response_id = r.id) as follow_ups";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final RatingProperties properties;

  SurveyService(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events, RatingProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
    this.properties = properties;
  }

  /** The services a respondent can rate, code to Indonesian name, in the configured order. */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Map<String, String> services() {
    return properties.services();
  }

  /**
   * Records the rating of a sale (step 19); scores are U1..U9, each 1-4. A rating with {@code assistedBy}
   * was entered by that officer at the counter (source COUNTER); otherwise the visitor gave it in the portal.
   */
  public void record(String requestNumber, String unitCode, int[] scores, String comment, String assistedBy) {
    record(new SurveySubmission(requestNumber, unitCode, SALES_SERVICE,
        assistedBy != null ? SurveySource.COUNTER : SurveySource.PORTAL, scores, comment, assistedBy, null));
  }

  /**
   * Records one response; publishes {@link FollowUpRequested} when the respondent asked for a follow-up.
   *
   * @return the response id
   * @throws IllegalArgumentException with a message in Bahasa Indonesia when the response is invalid
   */
  public long record(SurveySubmission s) {
    SatisfactionIndex.checkScores(s.scores());
    List<SurveyProblem> problems = problems(s);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems.stream().map(SurveyProblem::message).toList()));
    }
    String service = s.service() == null || s.service().isBlank() ? SALES_SERVICE : s.service();
    String comment = blankToNull(s.comment());
    FollowUpContact followUp = s.followUp();
    Instant now = clock.instant();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      var ps = con.prepareStatement("insert into pst_survey_response (request_number, unit_code, service, source, "
          + "answered_at, q1, q2, q3, q4, q5, q6, q7, q8, q9, comment_text, assisted_by) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      int i = 1;
      ps.setString(i++, blankToNull(s.requestNumber()));
      ps.setString(i++, s.unitCode());
      ps.setString(i++, service);
      ps.setString(i++, s.source().name());
      ps.setTimestamp(i++, Timestamp.from(now));
      for (int score : s.scores()) {
        ps.setInt(i++, score);
      }
      ps.setString(i++, comment);
      ps.setString(i, blankToNull(s.assistedBy()));
      return ps;
    }, key);
    long id = key.getKey().longValue();
    if (followUp != null) {
      jdbc.update("insert into pst_survey_follow_up (response_id, unit_code, request_number, contact_name, "
          + "contact_email, contact_phone, comment_text, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
          id, s.unitCode(), blankToNull(s.requestNumber()), blankToNull(followUp.name()),
          blankToNull(followUp.email()), blankToNull(followUp.phone()), comment, Timestamp.from(now));
      events.publishEvent(new FollowUpRequested(s.unitCode(),
          followUp.name() == null ? "" : followUp.name().strip(), blankToNull(followUp.email()),
          blankToNull(followUp.phone()), comment, blankToNull(s.requestNumber())));
    }
    return id;
  }

  /**
   * Every problem of a response at once (none: it can be stored), so that a page shows them all together: the
   * service, the comment's length and, when a follow-up is asked for, the comment and the contact by the complaint's
   * own rules ({@link ContactRules}: the follow-up becomes a complaint, which must accept them). The scores are
   * checked by {@link #record(SurveySubmission)}; the page checks them itself, one problem per element.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public List<SurveyProblem> problems(SurveySubmission s) {
    List<SurveyProblem> problems = new ArrayList<>();
    String service = s.service() == null || s.service().isBlank() ? SALES_SERVICE : s.service();
    if (!properties.services().containsKey(service)) {
      problems.add(new SurveyProblem("service", "service", "Pilih jenis layanan yang dinilai."));
    }
    if (s.source() == null) {
      problems.add(new SurveyProblem("source", "source", "Sumber penilaian tidak diketahui."));
    }
    String comment = blankToNull(s.comment());
    if (comment != null && comment.length() > 2000) {
      problems.add(new SurveyProblem("comment", "commentTooLong", "Saran dan masukan paling panjang 2000 karakter."));
    }
    FollowUpContact c = s.followUp();
    if (c == null) {
      return problems;
    }
    if (comment == null) {
      problems.add(new SurveyProblem("comment", "commentMissing",
          "Tuliskan saran atau keluhan yang ingin ditindaklanjuti."));
    }
    String email = blankToNull(c.email());
    String phone = blankToNull(c.phone());
    if (email == null && phone == null) {
      problems.add(new SurveyProblem("contact", "contactMissing",
          "Agar dapat ditindaklanjuti, isi alamat e-mail atau nomor telepon/WhatsApp."));
    }
    if (email != null && (email.length() > ContactRules.MAX_EMAIL || !ContactRules.EMAIL.matcher(email).matches())) {
      problems.add(new SurveyProblem("email", "emailInvalid", "Alamat e-mail tidak valid (contoh: nama@contoh.com)."));
    }
    if (phone != null && !ContactRules.PHONE.matcher(ContactRules.phoneDigits(phone)).matches()) {
      problems.add(new SurveyProblem("phone", "phoneInvalid", "Nomor telepon/WhatsApp tidak valid: 9 sampai 15 angka, "
          + "boleh diawali +, contoh 0812-5565-0671."));
    }
    String name = blankToNull(c.name());
    if (name != null && name.length() > ContactRules.MAX_NAME) {
      problems.add(new SurveyProblem("name", "nameTooLong", "Nama paling panjang " + ContactRules.MAX_NAME
          + " karakter."));
    } else if (name != null && !ContactRules.NAME.matcher(name).matches()) {
      problems.add(new SurveyProblem("name", "nameInvalid", "Nama hanya boleh berisi huruf, spasi, titik, koma, "
          + "apostrof dan tanda hubung (paling sedikit 2 huruf), tanpa angka atau tanda kurung."));
    }
    return problems;
  }

  /** The index over every response of the unit (assisted ones excluded). */
  @Transactional(readOnly = true)
  public SatisfactionIndex index(String unitCode) {
    return SatisfactionIndex.of(jdbc.query("select q1, q2, q3, q4, q5, q6, q7, q8, q9 from pst_survey_response "
        + "where unit_code = ? and assisted_by is null", (rs, i) -> scores(rs, 1), unitCode));
  }

  /**
   * The survey of a period: index (assisted responses excluded and counted apart), per source, comments.
   *
   * @param service a service code, or null for every service
   */
  @Transactional(readOnly = true)
  public SurveySummary summary(String unitCode, Instant from, Instant to, String service) {
    return summary(List.of(unitCode), from, to, service);
  }

  /** The survey of a period over several units (a national reader's "all units"). */
  @Transactional(readOnly = true)
  public SurveySummary summary(java.util.Collection<String> unitCodes, Instant from, Instant to, String service) {
    List<SurveyResponse> responses = responses(unitCodes, from, to, service);
    List<int[]> own = new ArrayList<>();
    List<int[]> assisted = new ArrayList<>();
    Map<SurveySource, Integer> bySource = new EnumMap<>(SurveySource.class);
    for (SurveySource source : SurveySource.values()) {
      bySource.put(source, 0);
    }
    List<SurveyResponse> comments = new ArrayList<>();
    for (SurveyResponse r : responses) {
      if (r.assisted()) {
        assisted.add(r.scores());
      } else {
        own.add(r.scores());
        bySource.merge(r.source(), 1, Integer::sum);
      }
      if (r.comment() != null) {
        comments.add(r);
      }
    }
    java.util.Collections.reverse(comments);
    return new SurveySummary(from, to, service, SatisfactionIndex.of(own), assisted.size(),
        SatisfactionIndex.of(assisted), bySource, List.copyOf(comments));
  }

  /** The index of each local month from {@code first} to {@code last} (inclusive), oldest first. */
  @Transactional(readOnly = true)
  public List<MonthlyIndex> monthly(String unitCode, YearMonth first, YearMonth last, ZoneId zone, String service) {
    return monthly(List.of(unitCode), first, last, zone, service);
  }

  /** The index of each local month over several units. */
  @Transactional(readOnly = true)
  public List<MonthlyIndex> monthly(java.util.Collection<String> unitCodes, YearMonth first, YearMonth last,
      ZoneId zone, String service) {
    Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    List<SurveyResponse> responses = responses(unitCodes, from, to, service);
    List<MonthlyIndex> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      YearMonth month = m;
      List<int[]> own = new ArrayList<>();
      int assisted = 0;
      for (SurveyResponse r : responses) {
        if (YearMonth.from(r.answeredAt().atZone(zone)).equals(month)) {
          if (r.assisted()) {
            assisted++;
          } else {
            own.add(r.scores());
          }
        }
      }
      months.add(new MonthlyIndex(month, SatisfactionIndex.of(own), assisted));
    }
    return months;
  }

  /** Every response of the period, oldest first. */
  @Transactional(readOnly = true)
  public List<SurveyResponse> responses(String unitCode, Instant from, Instant to, String service) {
    return responses(List.of(unitCode), from, to, service);
  }

  /** Every response of the period of these units, oldest first. */
  @Transactional(readOnly = true)
  public List<SurveyResponse> responses(java.util.Collection<String> unitCodes, Instant from, Instant to,
      String service) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    String units = String.join(", ", java.util.Collections.nCopies(unitCodes.size(), "?"));
    String sql = "select " + COLUMNS + " from pst_survey_response r where unit_code in (" + units
        + ") and answered_at >= ? and answered_at < ?" + (service == null ? "" : " and service = ?")
        + " order by answered_at, id";
    List<Object> params = new ArrayList<>(unitCodes);
    params.add(Timestamp.from(from));
    params.add(Timestamp.from(to));
    if (service != null) {
      params.add(service);
    }
    Object[] args = params.toArray();
    return jdbc.query(sql, (rs, i) -> new SurveyResponse(rs.getLong("id"), rs.getString("request_number"),
        rs.getString("service"), SurveySource.valueOf(rs.getString("source")),
        rs.getTimestamp("answered_at").toInstant(), scores(rs, 6), rs.getString("comment_text"),
        rs.getString("assisted_by"), rs.getInt("follow_ups") > 0), args);
  }

  /** The response of a sale request, if it was rated. */
  @Transactional(readOnly = true)
  public java.util.Optional<SurveyResponse> forRequest(String requestNumber) {
    return jdbc.query("select " + COLUMNS + " from pst_survey_response r where request_number = ?",
        (rs, i) -> new SurveyResponse(rs.getLong("id"), rs.getString("request_number"), rs.getString("service"),
            SurveySource.valueOf(rs.getString("source")), rs.getTimestamp("answered_at").toInstant(),
            scores(rs, 6), rs.getString("comment_text"), rs.getString("assisted_by"), rs.getInt("follow_ups") > 0),
        requestNumber).stream().findFirst();
  }

  private static int[] scores(ResultSet rs, int firstColumn) throws SQLException {
    int[] r = new int[SatisfactionIndex.ELEMENTS];
    for (int k = 0; k < r.length; k++) {
      r[k] = rs.getInt(firstColumn + k);
    }
    return r;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
