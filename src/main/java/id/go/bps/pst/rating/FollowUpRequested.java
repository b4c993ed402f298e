package id.go.bps.pst.rating;

/**
 * Published (in the transaction that stores the response) when a survey respondent asks for their
 * comment to be followed up: the complaint module turns it into a complaint. The request is also
 * kept in {@code pst_survey_follow_up}, so nothing is lost when no listener exists yet.
 *
 * @param unitCode the unit (kode satker)
 * @param name the respondent's name (may be empty)
 * @param email e-mail address, or null
 * @param phone phone or WhatsApp number, or null
 * @param comment the comment to follow up
 * @param requestNumber the sale request rated, or null for a stand-alone response
 */
public record FollowUpRequested(String unitCode, String name, String email, String phone,
    String comment, String requestNumber) {}
