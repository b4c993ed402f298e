package id.go.bps.pst.complaint;

/**
 * A complaint as it comes in, from any channel: the public web form, an officer's entry, or another
 * module (the satisfaction survey, when a visitor's comment asks for follow-up). Checked by
 * {@link ComplaintIntake#submit}; at least one of e-mail and phone is needed to send the answer.
 *
 * @param unitCode the BPS unit (e.g. {@code 6503})
 * @param channel where it came in
 * @param category what it is about
 * @param name the complainant's name
 * @param email the complainant's e-mail, or null
 * @param phone the complainant's phone (SMS/WhatsApp), or null
 * @param description the complaint itself
 * @param requestNumber the sale request it concerns ({@code 6503-2026-000123}), or null
 */
public record ComplaintSubmission(String unitCode, ComplaintChannel channel, ComplaintCategory category, String name,
    String email, String phone, String description, String requestNumber) {

  @Override
  public String toString() {
    return "ComplaintSubmission[" + unitCode + ", " + channel + ", " + category + "]"; // no personal data
  }
}
