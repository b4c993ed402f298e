package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds the {@link SaleView} (variable {@code sale}, type Json) to the form variables of a sale's task,
 * as the engine's REST API returns them to Tasklist: the form shows what our records say now, and
 * nothing of it is stored as a process variable. Other tasks and failed calls pass unchanged.
 */
class FormVariablesFilter extends OncePerRequestFilter {

  static final String STAFF_DOCUMENT_LINKS = "/api/documents/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SaleView view;

  FormVariablesFilter(SaleView view) {
    this.view = view;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (EngineRequests.formVariables(request.getMethod(), path).isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() == 200) {
      byte[] body = buffered.getContentAsByteArray();
      Optional<byte[]> withSale = addSale(body);
      if (withSale.isPresent()) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(withSale.get());
      }
    }
    buffered.copyBodyToResponse();
  }

  private Optional<byte[]> addSale(byte[] body) throws IOException {
    if (!(JSON.readTree(body) instanceof ObjectNode variables)) {
      return Optional.empty();
    }
    String requestNumber = variables.path(ProcessKeys.REQUEST_NUMBER).path("value").asText(null);
    if (requestNumber == null) {
      return Optional.empty();
    }
    Optional<Map<String, Object>> sale = view.of(requestNumber, STAFF_DOCUMENT_LINKS);
    if (sale.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode value = variables.putObject(SaleView.VARIABLE);
    value.put("type", "Json");
    value.put("value", JSON.writeValueAsString(sale.get()));
    value.putObject("valueInfo");
    return Optional.of(JSON.writeValueAsBytes(variables));
  }
}
