package id.go.bps.pst.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every request to our own routes (not file uploads, which have their own multipart limits):
 * a declared {@code Content-Length} over the cap gets 413 at once; a body sent without a length stops being
 * read at the cap (the JSON reader then reports it as unreadable, 400). Forms and JSON of this application are a
 * few kilobytes; the cap keeps a hostile client from making us parse megabytes.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestSizeLimitFilter.class);

  private final long maxBytes;
  private final ObjectMapper objectMapper;

  public RequestSizeLimitFilter(long maxBytes, ObjectMapper objectMapper) {
    this.maxBytes = maxBytes;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      LOG.warn("Refused input: {} {} body of {} bytes over the cap of {}", request.getMethod(),
          InputProblemHandler.withoutSecrets(path), declared, maxBytes);
      String message = "Isi permintaan terlalu besar: paling banyak " + (maxBytes / 1024) + " KB.";
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (InputProblemHandler.wantsPage(request, path)) {
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"><title>Isi "
            + "permintaan terlalu besar</title></head><body><h1>Isi permintaan terlalu besar</h1><p id=\"problem\">"
            + message + "</p></body></html>");
      } else {
        ProblemDetail problem = ProblemDetails.of(HttpStatus.PAYLOAD_TOO_LARGE, message);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
      }
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Capped(request, maxBytes), response);
  }

  /** Reads at most the cap, then reports the end of the body (a truncated body fails to parse: 400). */
  private static final class Capped extends HttpServletRequestWrapper {

    private final long max;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          long read;

          @Override
          public int read() throws IOException {
            if (read >= max) {
              throw new IOException("request body over the cap of " + max + " bytes");
            }
            int b = in.read();
            if (b >= 0) {
              read++;
            }
            return b;
          }

          @Override
          public boolean isFinished() {
            return read >= max || in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding()));
    }
  }
}
