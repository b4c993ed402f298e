package id.go.bps.pst.tariff.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.go.bps.pst.tariff.QuoteException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** JSON errors (HTTP 400, Bahasa Indonesia) for the tariff module's controllers only. */
@RestControllerAdvice(basePackages = "id.go.bps.pst.tariff")
class QuoteApiAdvice {

  @ExceptionHandler(QuoteException.class)
  ResponseEntity<ApiError> quote(QuoteException e) {
    return badRequest(e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    StreamReadException syntax = find(e, StreamReadException.class);
    if (syntax != null) {
      String where = syntax.getLocation() == null ? ""
          : " (baris " + syntax.getLocation().getLineNr() + ", kolom " + syntax.getLocation().getColumnNr() + ")";
      return badRequest("Isi permintaan bukan JSON yang sah" + where);
    }
    Throwable cause = find(e, JsonProcessingException.class);
    if (cause instanceof InvalidFormatException f) {
      String allowed = f.getTargetType() != null && f.getTargetType().isEnum()
          ? "; pilihan: " + Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
              .collect(Collectors.joining(", "))
          : "";
      return badRequest("Nilai '" + f.getValue() + "' tidak sah untuk kolom '" + path(f) + "'" + allowed);
    }
    if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return badRequest("Kolom '" + path(m) + "' tidak sesuai bentuknya (jenis nilai salah)");
    }
    return badRequest("Isi permintaan (JSON) kosong atau tidak dapat dibaca");
  }

  /** The outermost exception of a type in the cause chain, or null. */
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

  private static ResponseEntity<ApiError> badRequest(String message) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message));
  }

  record ApiError(int status, String error, String message) {
  }
}
