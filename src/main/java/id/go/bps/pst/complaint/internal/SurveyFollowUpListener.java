package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.complaint.ComplaintCategory;
import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintIntake;
import id.go.bps.pst.complaint.ComplaintSubmission;
import id.go.bps.pst.complaint.ComplaintValidationException;
import id.go.bps.pst.rating.FollowUpRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A satisfaction-survey comment that asks for follow-up becomes a complaint (channel "komentar survei
 * kepuasan"), after the survey response is stored: a complaint that cannot be filed (no contact to
 * answer to) never loses the response, and the request stays in the survey's follow-up table.
 */
@Component
class SurveyFollowUpListener {

  private static final Logger LOG = LoggerFactory.getLogger(SurveyFollowUpListener.class);

  private final ComplaintIntake intake;

  SurveyFollowUpListener(ComplaintIntake intake) {
    this.intake = intake;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void on(FollowUpRequested followUp) {
    String name = followUp.name() == null || followUp.name().isBlank() ? "Responden survei" : followUp.name();
    // a short comment ("Antrean lambat") is still a complaint: it is named as the survey's comment
    String comment = followUp.comment() == null ? "" : followUp.comment().strip();
    String description = comment.length() >= ComplaintValidator.MIN_DESCRIPTION ? comment
        : "Komentar survei kepuasan: " + comment;
    ComplaintSubmission submission = ComplaintValidator.normalize(new ComplaintSubmission(followUp.unitCode(),
        ComplaintChannel.SURVEY, ComplaintCategory.SERVICE, name, followUp.email(), followUp.phone(), description,
        followUp.requestNumber()));
    // checked first: a refusal thrown inside the complaint's transaction would roll this one back at its commit
    // (UnexpectedRollbackException). The survey checks the contact by the same rules, so this is a rare case (a
    // request number of another unit); the request stays in the survey's follow-up table either way
    java.util.List<String> problems = ComplaintValidator.validate(submission, null);
    if (!problems.isEmpty()) {
      LOG.warn("Survey comment asking for follow-up was not filed as a complaint: {}", problems);
      return;
    }
    try {
      String code = intake.submit(submission);
      LOG.info("Survey comment filed as complaint {}", code);
    } catch (ComplaintValidationException refused) {
      LOG.warn("Survey comment asking for follow-up was not filed as a complaint: {}", refused.getMessage());
    }
  }
}
