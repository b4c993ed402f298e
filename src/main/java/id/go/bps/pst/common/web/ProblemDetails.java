package id.go.bps.pst.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one error body of our own JSON routes: RFC 9457 problem details ({@code application/problem+json}) with an
 * Indonesian {@code title} and {@code detail}. Extension members: {@code message} (= detail, the key older
 * clients of this API read), and for refused input {@code errors}, a list of {@code {field, message}}.
 */
public final class ProblemDetails {

  private ProblemDetails() {}

  public static ProblemDetail of(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(status));
    problem.setProperty("message", detail);
    return problem;
  }

  /** A refused input: 400 naming each field; the detail joins the messages. */
  public static ProblemDetail invalid(List<FieldProblem> problems) {
    String detail = problems.stream().map(FieldProblem::message).distinct()
        .reduce((a, b) -> a + " " + b).orElse("Isian tidak valid.");
    ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
    problem.setProperty("errors", problems.stream().map(p -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("field", p.field());
      m.put("message", p.message());
      return m;
    }).toList());
    return problem;
  }

  /** One refused field and why, in Indonesian. */
  public record FieldProblem(String field, String message) {
  }

  static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Isian tidak valid";
      case UNAUTHORIZED -> "Belum masuk";
      case FORBIDDEN -> "Tidak berwenang";
      case NOT_FOUND -> "Tidak ditemukan";
      case METHOD_NOT_ALLOWED -> "Metode tidak diizinkan";
      case NOT_ACCEPTABLE -> "Format jawaban tidak tersedia";
      case CONFLICT -> "Bertabrakan dengan perubahan lain";
      case PAYLOAD_TOO_LARGE -> "Isi permintaan terlalu besar";
      case UNSUPPORTED_MEDIA_TYPE -> "Jenis isi tidak didukung";
      case TOO_MANY_REQUESTS -> "Terlalu banyak permintaan";
      default -> status.is5xxServerError() ? "Terjadi gangguan" : "Permintaan ditolak";
    };
  }
}
