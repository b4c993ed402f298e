package id.go.bps.pst.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the container's outer bound ({@code spring.servlet.multipart.max-file-size}, above
 * {@code pst.uploads.max-size}) is refused before any controller runs: HTTP 413 with an Indonesian message.
 */
@ControllerAdvice
class UploadLimitAdvice {

  static final String MESSAGE = "Berkas terlalu besar untuk diunggah. Perkecil resolusi pindaian atau simpan sebagai "
      + "PDF yang lebih kecil, lalu unggah lagi.";

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
      return ResponseEntity.status(413).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", MESSAGE));
    }
    response.setStatus(413);
    model.addAttribute("title", "Berkas terlalu besar");
    model.addAttribute("message", MESSAGE);
    return "portal/refused";
  }
}
