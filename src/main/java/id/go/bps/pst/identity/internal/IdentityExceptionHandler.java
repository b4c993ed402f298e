package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.NotAuthenticatedException;
import id.go.bps.pst.identity.NotAuthorizedException;
import id.go.bps.pst.common.web.ProblemDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the identity module's exceptions as problem details (RFC 9457), with {@code message} = detail. */
@RestControllerAdvice
class IdentityExceptionHandler {

  private final String realm;

  /** The properties are absent in web-slice tests of other modules; the realm then defaults to PST. */
  IdentityExceptionHandler(ObjectProvider<IdentityProperties> properties) {
    IdentityProperties p = properties.getIfAvailable();
    this.realm = p == null ? "PST" : p.realm();
  }

  @ExceptionHandler(NotAuthenticatedException.class)
  ResponseEntity<ProblemDetail> notAuthenticated(NotAuthenticatedException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetails.of(HttpStatus.UNAUTHORIZED, e.getMessage()));
  }

  @ExceptionHandler(NotAuthorizedException.class)
  ResponseEntity<ProblemDetail> notAuthorized(NotAuthorizedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetails.of(HttpStatus.FORBIDDEN, e.getMessage()));
  }
}
