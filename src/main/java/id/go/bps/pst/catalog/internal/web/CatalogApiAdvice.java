package id.go.bps.pst.catalog.internal.web;

import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.common.web.ProblemDetails;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457, Indonesian) for the catalogue's own controllers only. */
@RestControllerAdvice(basePackages = "id.go.bps.pst.catalog")
class CatalogApiAdvice {

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(CatalogException.class)
  ResponseEntity<ProblemDetail> catalog(CatalogException e) {
    return of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  private static ResponseEntity<ProblemDetail> of(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetails.of(status, message));
  }
}
