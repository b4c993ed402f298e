package id.go.bps.pst.catalog.internal.web;

import id.go.bps.pst.catalog.CatalogException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** JSON errors for the catalogue's own controllers only. */
@RestControllerAdvice(basePackages = "id.go.bps.pst.catalog")
class CatalogApiAdvice {

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(CatalogException.class)
  ResponseEntity<ApiError> catalog(CatalogException e) {
    return ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  record ApiError(int status, String error, String message) {

    static ResponseEntity<ApiError> of(HttpStatus status, String message) {
      return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
  }
}
