package id.go.bps.pst.complaint;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Complaint deadlines and channels ({@code pst.complaint.*}). Deadlines are working days (Monday to
 * Friday, minus the holiday calendar), counted from the day after the complaint was received (or
 * reopened); a deadline ends at {@link #dueTime} on its last working day, in the unit's zone.
 *
 * @param firstResponseDays the supervisor's triage (first response) within this many working days
 * @param answerDays the answer within this many working days (a standard complaint)
 * @param complexAnswerDays the answer when the supervisor marks the case as needing more
 * @param fieldCheckAnswerDays the answer when the case needs a field check
 * @param confirmationDays the complainant may confirm or reopen within this many working days of the
 *     answer; after that the complaint is closed
 * @param dueTime the time of day at which a deadline's last working day ends
 * @param channels per unit code: where and how the public reaches the unit (shown on the public form)
 */
@ConfigurationProperties("pst.complaint")
public record ComplaintProperties(
    @DefaultValue("3") int firstResponseDays,
    @DefaultValue("5") int answerDays,
    @DefaultValue("14") int complexAnswerDays,
    @DefaultValue("60") int fieldCheckAnswerDays,
    @DefaultValue("10") int confirmationDays,
    @DefaultValue("23:59") LocalTime dueTime,
    Map<String, UnitChannels> channels) {

  public ComplaintProperties {
    channels = channels == null ? Map.of() : Map.copyOf(channels);
  }

  /** Working days allowed for the answer of a complaint of this complexity. */
  public int answerDays(ComplaintComplexity complexity) {
    return switch (complexity == null ? ComplaintComplexity.STANDARD : complexity) {
      case STANDARD -> answerDays;
      case COMPLEX -> complexAnswerDays;
      case FIELD_CHECK -> fieldCheckAnswerDays;
    };
  }

  /** The unit's channels, or null when the unit has none configured. */
  public UnitChannels channelsOf(String unitCode) {
    return unitCode == null ? null : channels.get(unitCode);
  }

  /**
   * How the public reaches one unit.
   *
   * @param box where the suggestion and complaint box stands
   * @param email the unit's complaint e-mail address
   * @param smsWhatsapp the SMS/WhatsApp number
   * @param laporUrl the national SP4N-LAPOR! site
   */
  public record UnitChannels(String box, String email, String smsWhatsapp, String laporUrl) {
  }
}
