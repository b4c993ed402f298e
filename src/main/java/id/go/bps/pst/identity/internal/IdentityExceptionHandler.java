package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.NotAuthenticatedException;
import id.go.bps.pst.identity.NotAuthorizedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Renders the identity module's exceptions as {@code {"status":..,"message":".."}}. */
@RestControllerAdvice
class IdentityExceptionHandler {

  private final String realm;

  /** The properties are absent in web-slice tests of other modules; the realm then defaults to PST. */
  IdentityExceptionHandler(ObjectProvider<IdentityProperties> properties) {
    IdentityProperties p = properties.getIfAvailable();
    this.realm = p == null ? "PST" : p.realm();
  }

  @ExceptionHandler(NotAuthenticatedException.class)
  ResponseEntity<Map<String, Object>> notAuthenticated(NotAuthenticatedException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(HttpStatus.UNAUTHORIZED, e.getMessage()));
  }

  @ExceptionHandler(NotAuthorizedException.class)
  ResponseEntity<Map<String, Object>> notAuthorized(NotAuthorizedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  private static Map<String, Object> body(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    return body;
  }
}
