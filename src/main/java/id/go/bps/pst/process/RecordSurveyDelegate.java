package id.go.bps.pst.process;

import id.go.bps.pst.rating.SurveyService;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.rating.SurveySubmission;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Step 19: stores the nine SKM scores the visitor gave. */
@Component("recordSurveyDelegate")
class RecordSurveyDelegate implements JavaDelegate {

  private final SurveyService surveys;

  RecordSurveyDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int[] scores = new int[9];
    for (int i = 0; i < 9; i++) {
      scores[i] = (int) Vars.lng(execution, "surveyQ" + (i + 1));
    }
    String actor = Actors.of(execution);
    // the visitor on the portal or the counter screen rates for themselves; an officer's entry is marked
    SurveySource source = Actors.VISITOR_PORTAL.equals(actor) ? SurveySource.PORTAL : SurveySource.COUNTER;
    try {
      surveys.record(new SurveySubmission(SaleRecord.requestNumber(execution), Vars.str(execution, "unitCode"),
          null, source, scores, Vars.str(execution, "surveyComment"), Actors.isVisitor(actor) ? null : actor, null));
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(e.getMessage());
    }
  }
}
