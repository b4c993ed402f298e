package id.go.bps.pst.rating;

/**
 * One problem of a survey response as typed, for the page that shows it next to its field.
 *
 * @param field the form's field it belongs to ({@code service}, {@code comment}, {@code contact}, {@code name},
 *     {@code email}, {@code phone})
 * @param code a stable code, the key {@code survey.problem.<code>} of the page's text in the visitor's language
 * @param message the problem in Bahasa Indonesia
 */
public record SurveyProblem(String field, String code, String message) {}
