package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bps.pst.identity.WithoutAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Guards the engine's REST API (Camunda's own and the one the webapps call) where a caller could
 * change what a sale costs or skip a step:
 * <ul>
 *   <li>a task completion or form start may submit only the variables its Camunda Form declares;
 *   anything else is refused with HTTP 400 and an Indonesian message naming the field, logged as one
 *   WARN line;</li>
 *   <li>completing a task someone else has just completed answers HTTP 409 "Tugas ini sudah
 *   diselesaikan oleh …" instead of the engine's concurrent-update error or "task is null".</li>
 * </ul>
 * Changing variables outside a form is refused by the engine's authorizations (officers and the
 * treasurer get {@code TASK_WORK}, not {@code UPDATE}, on their tasks).
 */
class TaskCompletionGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCompletionGuard.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final TaskForms forms;
  private final ZoneId zone;
  /** The units (zones of the tasks' tenants); set after construction by the registration. */
  id.go.bps.pst.common.UnitDirectory units;
  private final id.go.bps.pst.order.OrderService orders;

  TaskCompletionGuard(ProcessEngine engine, TaskForms forms, ZoneId zone, id.go.bps.pst.order.OrderService orders) {
    this.orders = orders;
    this.engine = engine;
    this.forms = forms;
    this.zone = zone;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> taskId = EngineRequests.taskCompletion(request.getMethod(), path);
    Optional<EngineRequests.Start> start = EngineRequests.start(request.getMethod(), path);
    if (taskId.isEmpty() && start.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    if (start.isPresent() && startsOutOfOrder(body) && !id.go.bps.pst.identity.EngineApiUsers.groups(request, engine)
        .contains(id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN)) {
      LOG.warn("Refused {} {}: a start at chosen steps or without listeners (user {})", request.getMethod(), path,
          id.go.bps.pst.identity.EngineApiUsers.userId(request, engine).orElse("-"));
      write(response, 403, "AuthorizationException", START_OUT_OF_ORDER_REFUSED);
      return;
    }
    JsonNode variables = variablesOf(body); // read once; empty when the body is not JSON (the engine answers it)
    Set<String> submitted = submittedVariables(variables);
    // the task's form, read once (it may be completed by someone else meanwhile: then the engine answers)
    Optional<FormSchema> taskForm = taskId.flatMap(this::formOfOpenTask);
    Optional<Set<String>> allowed = taskId.isPresent() ? taskForm.map(FormSchema::keys) : allowedForStart(start.get());
    if (allowed.isPresent()) {
      List<String> extra = new ArrayList<>(submitted);
      extra.removeAll(allowed.get());
      if (!extra.isEmpty()) {
        LOG.warn("Refused {} {}: variables {} are not fields of the form (user {})", request.getMethod(), path,
            extra, currentUser());
        write(response, 400, "InvalidRequestException", "Isian " + String.join(", ", extra)
            + " tidak ada pada formulir ini dan tidak dapat dikirim. Selesaikan tugas melalui formulirnya.");
        return;
      }
    }
    List<String> typeProblems = valueTypeProblems(variables);
    if (!typeProblems.isEmpty()) {
      LOG.warn("Refused {} {}: values of unusable types (user {})", request.getMethod(), path, currentUser());
      write(response, 400, "InvalidRequestException", String.join(" ", typeProblems));
      return;
    }
    if (taskId.isPresent() && allowed.isPresent() && variables.isObject()) {
      // the rules the form declares (lengths, fixed choices, numbers, required), before the engine writes anything
      List<id.go.bps.pst.common.web.ProblemDetails.FieldProblem> problems =
          id.go.bps.pst.common.web.FormFieldRules.check(taskForm.get().schema(), submittedValues(variables));
      if (!problems.isEmpty()) {
        LOG.warn("Refused {} {}: fields {} break the form's rules (user {})", request.getMethod(), path,
            problems.stream().map(p -> p.field()).toList(), currentUser());
        write(response, 400, "InvalidRequestException", problems.stream().map(p -> p.message())
            .collect(java.util.stream.Collectors.joining(" ")));
        return;
      }
    }
    HttpServletRequest replay = new CachedBodyRequest(request, body);
    if (taskId.isEmpty()) {
      chain.doFilter(replay, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(replay, buffered);
    if (buffered.getStatus() >= 400 && buffered.getStatus() != 400) {
      Optional<HistoricTaskInstance> done = completedTask(taskId.get());
      if (done.isPresent()) {
        buffered.resetBuffer();
        LOG.warn("Refused completion of task {}: already completed (user {})", taskId.get(), currentUser());
        write(buffered, 409, "ConflictException", alreadyCompleted(done.get()));
      } else if (buffered.getStatus() >= 500) {
        // still open: the engine's answer names its exception and may quote SQL; a person reads neither
        String engineAnswer = new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8);
        buffered.resetBuffer();
        if (concurrentChange(engineAnswer)) {
          LOG.warn("Completion of task {} met a concurrent change of its sale (user {}); answered 409", taskId.get(),
              currentUser());
          write(buffered, 409, "ConflictException", "Penjualan ini baru saja diubah oleh langkah lain pada saat yang "
              + "sama (misalnya pengingat waktu layanan). Tidak ada yang tersimpan dari isian ini: tekan Selesaikan "
              + "sekali lagi.");
        } else {
          LOG.error("Completion of task {} failed (user {}): {}", taskId.get(), currentUser(),
              engineAnswer.length() > 500 ? engineAnswer.substring(0, 500) + "..." : engineAnswer);
          write(buffered, 500, "ServerError", "Tugas belum dapat diselesaikan karena gangguan pada sistem; isian "
              + "belum tersimpan. Coba sekali lagi; bila tetap gagal, hubungi admin.");
        }
      }
    }
    buffered.copyBodyToResponse();
  }

  static final String START_OUT_OF_ORDER_REFUSED = "Anda tidak berwenang memulai proses pada langkah pilihan sendiri "
      + "atau tanpa pemeriksaan aplikasi (startInstructions, skipCustomListeners, skipIoMappings): itu hanya untuk "
      + "admin. Penjualan dimulai dari buku tamu (kios atau formulir mulai di Tasklist); tidak ada yang dimulai.";

  /**
   * A start body that picks the steps to start at ({@code startInstructions}: a sale begun at the handover would
   * skip the guest book, the price and the payment, and keep a business key of the caller's choosing) or skips the
   * model's listeners and mappings. Camunda asks only for CREATE_INSTANCE there, which every officer has.
   */
  static boolean startsOutOfOrder(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException | RuntimeException notJson) {
      return false; // the engine refuses what it cannot read
    }
    if (root == null || !root.isObject()) {
      return false;
    }
    JsonNode instructions = root.path("startInstructions");
    return !instructions.isMissingNode() && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty())
        || root.path("skipCustomListeners").asBoolean(false) || root.path("skipIoMappings").asBoolean(false);
  }

  /** The engine's answer to a completion that lost a race with another transaction on the same sale. */
  static boolean concurrentChange(String engineAnswer) {
    return engineAnswer.contains("OptimisticLocking") || engineAnswer.contains("ENGINE-03005")
        || engineAnswer.contains("updated by another transaction concurrently") || engineAnswer.contains("Deadlock")
        || engineAnswer.contains("CannotAcquireLock") || engineAnswer.contains("Lock wait timeout");
  }

  private String alreadyCompleted(HistoricTaskInstance task) {
    // who completed it: the sale's audit trail names the actor of each step (the task may have had no assignee)
    String who = asSystem(() -> completer(task)).orElse(task.getAssignee() != null ? task.getAssignee() : "pengguna lain");
    // in the zone of the task's unit (its tenant), with the zone's name
    ZoneId taskZone = task.getTenantId() == null || units == null ? zone
        : units.find(task.getTenantId()).map(id.go.bps.pst.common.Unit::zoneId).orElse(zone);
    String when = task.getEndTime() == null ? "" : " pukul "
        + id.go.bps.pst.common.IndonesianFormat.hourMinute(task.getEndTime().toInstant(), taskZone) + " "
        + id.go.bps.pst.common.IndonesianFormat.zoneName(taskZone);
    return "Tugas ini sudah diselesaikan oleh " + who + when + ". Muat ulang daftar tugas untuk melanjutkan.";
  }

  private Optional<String> completer(HistoricTaskInstance task) {
    var instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    if (instance == null || instance.getBusinessKey() == null || task.getEndTime() == null) {
      return Optional.empty();
    }
    String step = StepNames.of(task.getName(), engine.getRepositoryService()
        .getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey())
        instanceof org.camunda.bpm.model.bpmn.instance.FlowElement e ? e : null);
    return orders.history(instance.getBusinessKey()).stream()
        .filter(e -> "TASK_COMPLETED".equals(e.action()) && e.detail() != null && e.detail().startsWith(step))
        .reduce((a, b) -> b).map(e -> e.actor());
  }

  private Optional<HistoricTaskInstance> completedTask(String taskId) {
    return asSystem(() -> Optional.ofNullable(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(taskId).finished().singleResult()));
  }

  /** A task's form schema (null when it has none) and the variables it may submit. */
  private record FormSchema(JsonNode schema, Set<String> keys) {}

  /**
   * The form of a task that is open and readable; empty when it is unknown, not readable, or completed by
   * someone else between the two reads (two officers on one task): the engine then answers, and a
   * completed task's answer becomes the 409 below, never a 500 from reading a vanished task's form.
   */
  private Optional<FormSchema> formOfOpenTask(String taskId) {
    try {
      if (engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
        return Optional.empty(); // unknown or not readable: the engine answers
      }
      JsonNode schema = forms.taskForm(taskId);
      return Optional.of(new FormSchema(schema, TaskForms.submittedKeys(schema)));
    } catch (AuthorizationException notAllowed) {
      return Optional.empty(); // the engine answers 403
    } catch (org.camunda.bpm.engine.exception.NotFoundException completedMeanwhile) {
      LOG.info("Task {} was completed by someone else while its form was read", taskId);
      return Optional.empty();
    }
  }

  private Optional<Set<String>> allowedForStart(EngineRequests.Start start) {
    try {
      String definitionId = start.definitionId();
      if (definitionId == null) {
        ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(start.key()).latestVersion();
        query = start.tenantId() == null ? query.withoutTenantId() : query.tenantIdIn(start.tenantId());
        ProcessDefinition definition = query.singleResult();
        if (definition == null) {
          return Optional.empty();
        }
        definitionId = definition.getId();
      }
      return Optional.of(TaskForms.submittedKeys(forms.startForm(definitionId)));
    } catch (ProcessEngineException notAllowedOrUnknown) {
      return Optional.empty();
    }
  }

  /** The {@code variables} object of a REST body; a missing node when the body is not JSON. */
  private static JsonNode variablesOf(byte[] body) {
    try {
      return JSON.readTree(body).path("variables");
    } catch (IOException | RuntimeException notJson) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  private static Set<String> submittedVariables(JsonNode variables) {
    Set<String> names = new java.util.LinkedHashSet<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Values the engine could only fail on after the officer pressed Complete (HTTP 500): a JSON-typed value that
   * is not JSON, or a serialized Java object (no form field submits one, and the engine does not deserialize
   * them).
   */
  private static List<String> valueTypeProblems(JsonNode variables) {
    List<String> problems = new ArrayList<>();
    variables.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      String type = v.path("type").asText("");
      JsonNode value = v.path("value");
      if ("object".equalsIgnoreCase(type)) {
        problems.add("Isian " + e.getKey() + " tidak dapat dikirim sebagai objek Java; kirim nilainya sebagai teks, "
            + "angka atau JSON.");
      } else if ("json".equalsIgnoreCase(type) && value.isTextual() && !isJson(value.textValue())) {
        problems.add("Isian " + e.getKey() + " bukan JSON yang benar.");
      } else if ("json".equalsIgnoreCase(type) && !value.isTextual() && !value.isNull() && !value.isMissingNode()) {
        problems.add("Isian " + e.getKey() + " bertipe JSON harus dikirim sebagai teks JSON.");
      }
    });
    return problems;
  }

  private static boolean isJson(String text) {
    try (var parser = JSON.getFactory().createParser(text)) {
      JSON.readTree(parser);
      return parser.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The plain values of a REST completion body ({@code {"variables": {"x": {"value": ..}}}}); JSON-typed left out. */
  /** A group's JSON object as plain values, fractions exact (a quantity of 1.5 must be seen as 1.5). */
  private static final com.fasterxml.jackson.databind.ObjectReader GROUP_READER = JSON.readerFor(Object.class)
      .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static Map<String, Object> submittedValues(JsonNode variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    variables.fields().forEachRemaining(e -> {
      JsonNode v = e.getValue();
      String type = v.path("type").asText("");
      if ("json".equalsIgnoreCase(type) && v.path("value").isTextual()) {
        // a group of the form (the cart's item1..item8): its object, checked field by field
        try {
          values.put(e.getKey(), GROUP_READER.readValue(v.path("value").textValue()));
        } catch (java.io.IOException notJson) {
          values.put(e.getKey(), v.path("value").textValue()); // not an object: refused as such
        }
        return;
      }
      if ("json".equalsIgnoreCase(type) || "object".equalsIgnoreCase(type) || !v.has("value")) {
        return;
      }
      JsonNode value = v.path("value");
      values.put(e.getKey(), value.isNull() ? null : value.isBoolean() ? value.booleanValue()
          : value.isNumber() ? value.numberValue() : value.isTextual() ? value.textValue() : value.toString());
    });
    return values;
  }

  private <T> T asSystem(java.util.function.Supplier<T> query) {
    return WithoutAuthentication.call(engine.getIdentityService(), query);
  }

  private String currentUser() {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    return current == null ? "-" : current.getUserId();
  }

  static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  /** A request whose body was read once and is served again to the next filter. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
