package id.go.bps.pst.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.go.bps.pst.common.web.ProblemDetails.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refused input on any of our Spring MVC routes, in one shape: problem details ({@link ProblemDetails}) for
 * {@code /api} and other JSON callers, the page {@code common/problem} for a browser's form post. Bean
 * Validation failures name the field with the annotation's Indonesian message; framework errors (a value of the
 * wrong type, unreadable JSON, a missing parameter, a too-large body, a wrong method or media type) get an
 * Indonesian sentence instead of the framework's English text. Each refusal is one WARN line with the route
 * and the field names, never the values (they may be personal data) nor a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class InputProblemHandler {

  private static final Logger LOG = LoggerFactory.getLogger(InputProblemHandler.class);

  private final VisitorText text;

  // built on the message source rather than injected: a controller advice is part of every web slice
  // (@WebMvcTest), where the application's components such as VisitorText are not
  public InputProblemHandler(org.springframework.context.MessageSource messages) {
    this.text = new VisitorText(messages);
  }

  @ExceptionHandler(BindException.class) // also MethodArgumentNotValidException (@Valid @RequestBody)
  Object bind(BindException e, HttpServletRequest request, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      problems.add(new FieldProblem(error.getField(), error.isBindingFailure()
          ? text.text("input.bindingFailure", field(error.getField()))
          : error.getDefaultMessage()));
    }
    e.getBindingResult().getGlobalErrors().forEach(g -> problems.add(new FieldProblem(g.getObjectName(),
        g.getDefaultMessage())));
    return refuse(request, response, e, problems);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request, HttpServletResponse response) {
    List<FieldProblem> problems = new ArrayList<>();
    e.getParameterValidationResults().forEach(result -> {
      String name = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(error -> problems.add(new FieldProblem(
          error instanceof FieldError f ? f.getField() : name, error.getDefaultMessage())));
    });
    return refuse(request, response, e, problems);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  Object constraintViolation(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response) {
    List<FieldProblem> problems = e.getConstraintViolations().stream().map(v -> {
      String path = v.getPropertyPath().toString();
      return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
    }).toList();
    return refuse(request, response, e, problems);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
    Class<?> type = e.getRequiredType();
    String field = field(e.getName());
    String message;
    if (type != null && type.isEnum()) {
      // the choices as people read them (their labels), never the constants' names
      message = text.text("input.typeMismatch.choice", field, Arrays.stream(type.getEnumConstants())
          .map(c -> c instanceof id.go.bps.pst.common.Labelled l ? text.label(l) : String.valueOf(c))
          .collect(Collectors.joining(", ")));
    } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
      message = text.text("input.typeMismatch.number", field);
    } else if (type != null && type.getSimpleName().startsWith("Local")) {
      message = text.text("input.typeMismatch.date", field);
    } else {
      message = text.text("input.typeMismatch", field);
    }
    return refuse(request, response, e, List.of(new FieldProblem(e.getName(), message)), true);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request,
      HttpServletResponse response) {
    return refuse(request, response, e, List.of(new FieldProblem(e.getParameterName(),
        text.text("input.missing", field(e.getParameterName())))), true);
  }

  /**
   * A parameter's name as people read it: its words from the bundles ({@code input.param.<name>}, e.g. "nomor
   * dokumen" for {@code documentId}) in the page's language, else the name itself (the Indonesian names of the
   * staff pages' fields, such as «loket», read as they are).
   */
  private String field(String name) {
    return text.textOr("input.param." + name, name);
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request, HttpServletResponse response) {
    return refuse(request, response, e, List.of(new FieldProblem(e.getHeaderName(),
        "Kepala permintaan «" + e.getHeaderName() + "» wajib dikirim.")));
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  Object binding(ServletRequestBindingException e, HttpServletRequest request, HttpServletResponse response) {
    return refuse(request, response, e, List.of(new FieldProblem("", "Permintaan tidak lengkap atau tidak dapat dibaca.")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
    return refuse(request, response, e, List.of(unreadableBody(e)));
  }

  @ExceptionHandler(MultipartException.class)
  Object tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) {
    if (partHeaderTooLong(e)) {
      // Tomcat's bound on a part's headers (server.tomcat.max-part-header-size): the file's name is too long,
      // not its content; Spring reports it as a size problem
      return refuse(request, response, e, List.of(new FieldProblem("", text.text("input.upload.nameTooLong"))), true);
    }
    // a file beyond the container's outer bound (spring.servlet.multipart.max-file-size) is refused before
    // any controller runs; the application's own, smaller limit (pst.uploads.max-size) answers in the upload.
    // In the visitor's language (the pst-lang cookie is read before the upload is): an English portal gets English
    String message = text.text(e instanceof MaxUploadSizeExceededException ? "input.upload.tooLarge"
        : "input.body.tooLarge");
    return answer(request, response, e, HttpStatus.PAYLOAD_TOO_LARGE, ProblemDetails.of(HttpStatus.PAYLOAD_TOO_LARGE,
        message), List.of(), true);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
    Object answer = answer(request, response, e, HttpStatus.METHOD_NOT_ALLOWED, ProblemDetails.of(
        HttpStatus.METHOD_NOT_ALLOWED, "Alamat ini tidak menerima permintaan " + e.getMethod() + "."), List.of());
    if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
      response.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
          .collect(Collectors.joining(", ")));
    }
    return answer;
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
    return answer(request, response, e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemDetails.of(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis isi permintaan tidak didukung: kirim "
            + (e.getSupportedMediaTypes().isEmpty() ? "JSON" : e.getSupportedMediaTypes().get(0)) + "."), List.of());
  }

  /** An unknown address under /api: problem details; pages keep Spring Boot's error page (templates/error.html). */
  @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
  Object noResource(org.springframework.web.servlet.resource.NoResourceFoundException e, HttpServletRequest request)
      throws org.springframework.web.servlet.resource.NoResourceFoundException {
    String path = path(request);
    if (!path.startsWith("/api/")) {
      throw e;
    }
    ProblemDetail problem = ProblemDetails.of(HttpStatus.NOT_FOUND, "Alamat " + path + " tidak ditemukan.");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    log(request, e, List.of());
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN)
        .body("Format jawaban yang diminta tidak tersedia.");
  }

  /** Tomcat's refusal of a multipart part whose headers exceed its bound ("Header section has more than …"). */
  static boolean partHeaderTooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Header section has more than")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is wrong with an unreadable JSON body, naming the field when Jackson knows it: {@code e} is Spring's
   * {@link HttpMessageNotReadableException} or Jackson's own exception (the engine REST API's answers).
   */
  public static FieldProblem unreadableBody(Throwable e) {
    com.fasterxml.jackson.core.exc.InputCoercionException tooLarge =
        find(e, com.fasterxml.jackson.core.exc.InputCoercionException.class);
    if (tooLarge != null) {
      String where = tooLarge.getLocation() == null ? ""
          : " (baris " + tooLarge.getLocation().getLineNr() + ", kolom " + tooLarge.getLocation().getColumnNr() + ")";
      return new FieldProblem("", "Angka dalam isi permintaan terlalu besar" + where + ".");
    }
    StreamReadException syntax = find(e, StreamReadException.class);
    if (syntax != null) {
      String where = syntax.getLocation() == null ? ""
          : " (baris " + syntax.getLocation().getLineNr() + ", kolom " + syntax.getLocation().getColumnNr() + ")";
      return new FieldProblem("", "Isi permintaan bukan JSON yang sah" + where + ".");
    }
    Throwable cause = find(e, JsonProcessingException.class);
    if (cause instanceof UnrecognizedPropertyException u) {
      return new FieldProblem(path(u), "Kolom «" + path(u) + "» tidak dikenal.");
    }
    if (cause instanceof InvalidFormatException f) {
      String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
          ? "; pilihan: " + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
              .collect(Collectors.joining(", "))
          : f.getTargetType() != null && (Number.class.isAssignableFrom(f.getTargetType()) || f.getTargetType().isPrimitive())
              ? "; harus bilangan bulat" : "";
      return new FieldProblem(path(f), "Nilai untuk «" + path(f) + "» tidak sah" + allowed + ".");
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return wrongShape(path(m));
    }
    return new FieldProblem("", "Isi permintaan (JSON) kosong atau tidak dapat dibaca.");
  }

  /** A field of a JSON body whose value has the wrong shape (an object for a text, a list for a map...). */
  public static FieldProblem wrongShape(String field) {
    return new FieldProblem(field, "Kolom «" + field + "» tidak sesuai bentuknya (jenis nilai salah).");
  }

  private Object refuse(HttpServletRequest request, HttpServletResponse response, Exception e,
      List<FieldProblem> problems) {
    return refuse(request, response, e, problems, false);
  }

  /** @param inPageLanguage the messages are in the page's language (else Indonesian, and the page says so) */
  private Object refuse(HttpServletRequest request, HttpServletResponse response, Exception e,
      List<FieldProblem> problems, boolean inPageLanguage) {
    List<FieldProblem> named = problems.isEmpty() ? List.of(new FieldProblem("", "Isian tidak valid.")) : problems;
    return answer(request, response, e, HttpStatus.BAD_REQUEST, ProblemDetails.invalid(named), named, inPageLanguage);
  }

  private Object answer(HttpServletRequest request, HttpServletResponse response, Exception e, HttpStatus status,
      ProblemDetail problem, List<FieldProblem> problems) {
    return answer(request, response, e, status, problem, problems, false);
  }

  private Object answer(HttpServletRequest request, HttpServletResponse response, Exception e, HttpStatus status,
      ProblemDetail problem, List<FieldProblem> problems, boolean inPageLanguage) {
    log(request, e, problems);
    String path = path(request);
    if (wantsPage(request, path)) {
      ModelAndView page = new ModelAndView("common/problem", Map.of("problem", problem,
          "backUrl", path, "inPageLanguage", inPageLanguage), status);
      return page;
    }
    problem.setInstance(java.net.URI.create(path.replace(" ", "%20")));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  static void log(HttpServletRequest request, Exception e, List<FieldProblem> problems) {
    LOG.warn("Refused input: {} {} fields {} ({})", request.getMethod(), withoutSecrets(path(request)),
        problems.stream().map(FieldProblem::field).filter(f -> !f.isEmpty()).toList(), e.getClass().getSimpleName());
  }

  /** A browser page (not /api, and the client takes HTML): the refusal is shown as a page. */
  static boolean wantsPage(HttpServletRequest request, String path) {
    if (path.startsWith("/api/") || path.equals("/api")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  /** A signature (20 or more base64url characters) in a path. */
  private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{20,}");

  /**
   * A path as the log may show it: the signatures of a visitor's portal link or a counter screen's pairing are left
   * out (whoever reads the log must not be able to open the visitor's documents), "/portal/6503-2026-000002.…".
   */
  static String withoutSecrets(String path) {
    // a UUID (a task's or a process instance's id) is no secret and helps to find what was asked for
    return SIGNATURE.matcher(path).replaceAll(m -> m.group().matches("[0-9a-f-]{32,36}") ? m.group() : "…");
  }

  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.substring(request.getContextPath().length());
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
