package id.go.bps.pst.tariff.internal.web;

import id.go.bps.pst.common.web.InputProblemHandler;
import id.go.bps.pst.common.web.ProblemDetails;
import id.go.bps.pst.tariff.QuoteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused quotes (HTTP 400, problem details in Bahasa Indonesia) for the tariff module's controllers only. */
@RestControllerAdvice(basePackages = "id.go.bps.pst.tariff")
class QuoteApiAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(QuoteApiAdvice.class);

  @ExceptionHandler(QuoteException.class)
  ResponseEntity<ProblemDetail> quote(QuoteException e) {
    LOG.warn("Refused quote: {}", e.getClass().getSimpleName());
    return badRequest(ProblemDetails.of(HttpStatus.BAD_REQUEST, e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    LOG.warn("Refused quote: unreadable body");
    return badRequest(ProblemDetails.invalid(java.util.List.of(InputProblemHandler.unreadableBody(e))));
  }

  private static ResponseEntity<ProblemDetail> badRequest(ProblemDetail problem) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
