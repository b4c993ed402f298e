package id.go.bps.pst.report.internal;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Bad report parameters: HTTP 400 with an Indonesian page, never a stack trace. */
@ControllerAdvice(basePackageClasses = ReportErrors.class)
class ReportErrors {

  @ExceptionHandler(ReportPeriod.InvalidPeriod.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalidPeriod(ReportPeriod.InvalidPeriod e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "report/error";
  }

  /** A report parameter other than the period that cannot be used (a request number of the wrong form). */
  static final class InvalidInput extends RuntimeException {
    InvalidInput(String message) {
      super(message);
    }
  }

  @ExceptionHandler(InvalidInput.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalidInput(InvalidInput e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "report/error";
  }
}
