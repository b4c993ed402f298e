package id.go.bps.pst.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request Tomcat refuses before any application code runs, such as an encoded
 * slash or an illegal character in the address) in the application's shape instead of Tomcat's English page
 * with its version: problem details for {@code /api} and JSON callers, a short Indonesian page otherwise.
 * Errors the application already answered (a body was written) are left alone.
 */
public class IndonesianErrorReportValve extends ErrorReportValve {

  public IndonesianErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  /** The Indonesian sentence for an error status without a message of the application's own. */
  static String message(int status) {
    return switch (status) {
      case 400 -> "Alamat atau isi permintaan tidak sah.";
      case 404 -> "Alamat tidak ditemukan.";
      case 405 -> "Metode permintaan tidak diizinkan di alamat ini.";
      case 413 -> "Isi permintaan terlalu besar.";
      case 414, 431 -> "Alamat atau kepala permintaan terlalu panjang.";
      default -> status >= 500 ? "Terjadi gangguan di server; silakan coba lagi." : "Permintaan ditolak.";
    };
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String message = message(status);
    String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI();
    String accept = request.getHeader("Accept");
    boolean json = uri.startsWith("/api/") || uri.startsWith("/engine-rest") || (accept != null && accept.contains("json"));
    try {
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer == null) {
        return;
      }
      if (json) {
        response.setContentType("application/problem+json");
        writer.write("{\"type\":\"about:blank\",\"title\":\"" + ProblemDetails.title(
            org.springframework.http.HttpStatus.valueOf(status)) + "\",\"status\":" + status + ",\"detail\":\""
            + message + "\",\"message\":\"" + message + "\"}");
      } else {
        response.setContentType("text/html");
        writer.write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"><title>Permintaan ditolak</title>"
            + "</head><body style=\"font-family:sans-serif;max-width:40rem;margin:2rem auto\"><h1>Permintaan ditolak</h1>"
            + "<p id=\"problem\">" + message + "</p></body></html>");
      }
      writer.flush();
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response is committed: nothing more to say
    }
  }
}
