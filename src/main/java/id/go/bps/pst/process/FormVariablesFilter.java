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
 * Adds what a form shows from our records to the form variables of a task, as the engine's REST API returns them
 * to Tasklist; nothing of it is stored as a process variable, so no other reader of the engine's variables (an
 * auditor's REST call, Cockpit, history) sees it:
 * <ul>
 *   <li>the {@link SaleView} (variable {@code sale}, type Json) on a sale's task;
 *   <li>the complainant's contact ({@code complainantContact}) on a complaint's task whose form shows it (names
 *       the variable; the model decides, not a list here), for the staff who handle complaints (officers,
 *       supervisors, administrators), not for auditors.
 * </ul>
 * Text people typed that the form shows through a text component is sent with Markdown's punctuation escaped, so
 * it shows as typed ({@link FormText}).
 * Other tasks and failed calls pass unchanged.
 */
class FormVariablesFilter extends OncePerRequestFilter {

  static final String STAFF_DOCUMENT_LINKS = "/api/documents/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.Set<String> CONTACT_READERS = java.util.Set.of(
      id.go.bps.pst.identity.PstGroups.PETUGAS, id.go.bps.pst.identity.PstGroups.SUPERVISOR,
      id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN);

  private final SaleView view;
  private final org.camunda.bpm.engine.ProcessEngine engine;
  private final TaskForms forms;
  private final id.go.bps.pst.complaint.ComplaintService complaints;

  FormVariablesFilter(SaleView view, org.camunda.bpm.engine.ProcessEngine engine, TaskForms forms,
      id.go.bps.pst.complaint.ComplaintService complaints) {
    this.view = view;
    this.engine = engine;
    this.forms = forms;
    this.complaints = complaints;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> taskId = EngineRequests.formVariables(request.getMethod(), path);
    if (taskId.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() == 200) {
      byte[] body = buffered.getContentAsByteArray();
      Optional<byte[]> withSale = addRecords(body, taskId.get(), request);
      if (withSale.isPresent()) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(withSale.get());
      }
    }
    buffered.copyBodyToResponse();
  }

  private Optional<byte[]> addRecords(byte[] body, String taskId, HttpServletRequest request) throws IOException {
    if (!(JSON.readTree(body) instanceof ObjectNode variables)) {
      return Optional.empty();
    }
    boolean added = false;
    String requestNumber = variables.path(ProcessKeys.REQUEST_NUMBER).path("value").asText(null);
    Optional<Map<String, Object>> sale = requestNumber == null ? Optional.empty()
        : view.of(requestNumber, STAFF_DOCUMENT_LINKS).map(FormText::escapeSale);
    if (sale.isPresent()) {
      ObjectNode value = variables.putObject(SaleView.VARIABLE);
      value.put("type", "Json");
      value.put("value", JSON.writeValueAsString(sale.get()));
      value.putObject("valueInfo");
      added = true;
    }
    String trackingCode = variables.path("trackingCode").path("value").asText(null);
    java.util.List<String> texts = textVariables(variables);
    // the task's form, read once for both uses below (null: no form, or the task was completed meanwhile)
    com.fasterxml.jackson.databind.JsonNode form = texts.isEmpty() && trackingCode == null ? null : formOf(taskId);
    // after the values this filter reads itself, before what it adds from the records
    added |= escapeTypedText(variables, texts, form);
    Optional<String> contact = trackingCode == null ? Optional.empty() : contact(trackingCode, form, request);
    if (contact.isPresent()) {
      ObjectNode value = variables.putObject(ComplaintTaskListener.CONTACT);
      value.put("type", "String");
      value.put("value", contact.get());
      value.putObject("valueInfo");
      added = true;
    }
    return added ? Optional.of(JSON.writeValueAsBytes(variables)) : Optional.empty();
  }

  /** The names of the text variables in the engine's answer. */
  private static java.util.List<String> textVariables(ObjectNode variables) {
    java.util.List<String> names = new java.util.ArrayList<>();
    variables.fields().forEachRemaining(v -> {
      if ("String".equals(v.getValue().path("type").asText()) && v.getValue().path("value").isTextual()) {
        names.add(v.getKey());
      }
    });
    return names;
  }

  private com.fasterxml.jackson.databind.JsonNode formOf(String taskId) {
    try {
      return forms.taskForm(taskId);
    } catch (RuntimeException completedMeanwhile) {
      return null;
    }
  }

  /** What people typed and the form shows as text, with Markdown's punctuation escaped ({@link FormText}). */
  private static boolean escapeTypedText(ObjectNode variables, java.util.List<String> texts,
      com.fasterxml.jackson.databind.JsonNode form) {
    if (form == null) {
      return false;
    }
    boolean changed = false;
    java.util.Set<String> shown = FormText.shownAsText(form);
    for (String name : texts) {
      if (shown.contains(name)) {
        ObjectNode value = (ObjectNode) variables.get(name);
        value.put("value", FormText.escape(value.path("value").asText()));
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The complainant's contact for a handler of complaints on a task whose form shows it. The reader is known here
   * still: {@code /engine-rest}'s authentication wraps this filter, the webapps' login is in the session.
   */
  private Optional<String> contact(String trackingCode, com.fasterxml.jackson.databind.JsonNode form,
      HttpServletRequest request) {
    if (id.go.bps.pst.identity.EngineApiUsers.groups(request, engine).stream().noneMatch(CONTACT_READERS::contains)) {
      return Optional.empty();
    }
    if (form == null || !form.toString().contains(ComplaintTaskListener.CONTACT)) {
      return Optional.empty();
    }
    return complaints.find(trackingCode).map(id.go.bps.pst.complaint.Complaint::contactLine);
  }
}
