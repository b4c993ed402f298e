package id.go.bps.pst.rating;

/**
 * One survey response to store.
 *
 * @param requestNumber the sale request rated; null for a stand-alone response
 * @param unitCode the unit
 * @param service code of the service rated (see {@link SurveyService#services()}); null means the sale
 *     of statistical products
 * @param source where it came from
 * @param scores U1..U9, each 1-4
 * @param comment the visitor's comment (suggestions), or null
 * @param assistedBy the officer who entered it on the visitor's behalf, or null when the visitor did:
 *     such responses are shown marked and kept out of the index
 * @param followUp set when the respondent asked for the comment to be followed up (becomes a complaint)
 */
public record SurveySubmission(String requestNumber, String unitCode, String service, SurveySource source,
    int[] scores, String comment, String assistedBy, FollowUpContact followUp) {}
