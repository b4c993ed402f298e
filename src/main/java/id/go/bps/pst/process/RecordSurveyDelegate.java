package id.go.bps.pst.process;

import id.go.bps.pst.rating.SurveyService;
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
    try {
      surveys.record(Vars.str(execution, ProcessKeys.REQUEST_NUMBER), Vars.str(execution, "unitCode"), scores,
          Vars.str(execution, "surveyComment"),
          Actors.byVisitor(execution) ? null : Actors.of(execution)); // no assistant when rated in the portal
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(e.getMessage());
    }
  }
}
