package id.go.bps.pst.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot's error answer ({@code /error}: a {@code sendError} of a filter, a {@code ResponseStatusException}
 * of a controller) in the application's one shape for JSON clients: problem details ({@link ProblemDetails})
 * instead of Boot's {@code {timestamp, status, error, message, path}}. Browsers (text/html) keep Boot's
 * Indonesian error page ({@code templates/error.html}). A server error never carries the exception's text.
 */
class ProblemErrorController extends BasicErrorController {

  ProblemErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
      List<ErrorViewResolver> errorViewResolvers) {
    super(errorAttributes, errorProperties, errorViewResolvers);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = HttpStatus.resolve(getStatus(request).value());
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Object given = getErrorAttributes(request, ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE))
        .get("message");
    String message = status.is5xxServerError() || !(given instanceof String text) || text.isBlank()
        || "No message available".equals(text) ? IndonesianErrorReportValve.message(status.value()) : text;
    ProblemDetail problem = ProblemDetails.of(status, message);
    Object path = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (path instanceof String uri) {
      body.put("instance", uri.substring(request.getContextPath().length()));
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
