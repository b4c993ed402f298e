package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bps.pst.common.web.InputProblemHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * The engine REST API's error answers in words a person can act on, in Bahasa Indonesia, without Java class
 * names or the engine's English wrapping; successful answers pass untouched (only an error's body is held).
 * <ul>
 *   <li>another unit's task or process instance (Camunda's tenant check, ENGINE-13034, answered 500 by the
 *   engine) answers exactly like an id that does not exist: 404 "… tidak ditemukan di unit Anda", so the answer
 *   does not reveal that the id exists;</li>
 *   <li>a conditional start with no matching condition (ENGINE-13043): 400;</li>
 *   <li>our listeners' refusal where the REST layer answers 500 (a message correlation): 400 with its message;</li>
 *   <li>a body that is not JSON or not of the expected shape, and a variable value of the wrong type: 400 naming
 *   the variable, without Jackson's text or the DTO's class;</li>
 *   <li>a refused form submission ("Cannot complete task &lt;id&gt;: &lt;our listener's message&gt;"): our
 *   message only, status unchanged (Tasklist's script did this in the browser, README "Camunda dalam Bahasa
 *   Indonesia");</li>
 *   <li>a missing permission (403): an Indonesian sentence; the structured fields stay.</li>
 * </ul>
 * Runs innermost of our engine filters, so {@link TaskCompletionGuard} sees the rewritten answer.
 */
class EngineErrorAnswers extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswers.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON bodies of the engine API are small; a larger one is not kept for naming a field. */
  private static final int BODY_KEPT = 256 * 1024;

  private static final String ENGINE = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern TASK_PATH = Pattern.compile(ENGINE + "/task/([^/]+)(?:/.*)?");
  private static final Pattern INSTANCE_PATH = Pattern.compile(ENGINE + "/process-instance/([^/]+)(?:/.*)?");

  /** Camunda's tenant check (TenantCommandChecker, CommandLogger 034): "Cannot read the task 'x' because …". */
  static final String TENANT_CHECK = "ENGINE-13034";
  /** CommandLogger 043: "No subscriptions were found during evaluation of the conditional start events." */
  static final String NO_CONDITIONAL_START = "ENGINE-13043";
  /** Exception types of a refusal by our listeners (FormValidationException and the engine's own form check). */
  private static final java.util.Set<String> REFUSALS = java.util.Set.of("FormValidationException",
      "FormFieldValidationException");

  /** The engine's and the REST layer's words for an id that does not exist (task, process instance). */
  private static final List<Pattern> UNKNOWN_ID = List.of(
      Pattern.compile("^No matching task with id "),
      Pattern.compile("^No task found for task id "),
      Pattern.compile("^Cannot find task with id "),
      Pattern.compile("^task \\S+ doesn't exist"),
      Pattern.compile("^Process instance with id \\S+ does not exist"),
      Pattern.compile("^No process instance found for id "),
      Pattern.compile("^execution \\S+ doesn't exist"),
      Pattern.compile("^process instance \\S+ doesn't exist"),
      Pattern.compile("^Historic process instance with id \\S+ does not exist"),
      Pattern.compile("^Historic task instance with id \\S+ does not exist"),
      // the form of a task that does not exist or is another unit's (the REST layer's wrapping of either)
      Pattern.compile("^Cannot get form for task "));
  /** JUEL: an expression of the model names a variable the instance does not have (e.g. a start without data). */
  private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property used in expression: \\$\\{([^}]*)\\}");
  /** A message nobody waits for (MismatchingMessageCorrelationException). */
  private static final Pattern NO_MESSAGE_MATCH = Pattern.compile("Cannot correlate (?:a )?message '?([^':]*)'?");

  /** The REST layer's wrapping of a refused form submission or start (also in the webapps' script). */
  private static final Pattern SUBMISSION_PREFIX = Pattern.compile(
      "^Cannot (submit task form|complete task|resolve task|instantiate process definition) \\S+?(?:: |:?$)");
  /** A task listener's exception, wrapped once more by the engine. */
  private static final Pattern TASK_LISTENER_WRAPPER = Pattern.compile(
      "^ENGINE-03051 There was an exception while invoking the TaskListener\\. Message: "
          + "'(?:Exception while invoking TaskListener: )?([\\s\\S]*)'$");
  /** VariableValueDto: "Cannot convert value '%s' of type '%s' to java type %s". */
  private static final Pattern CONVERSION = Pattern.compile("Cannot convert value '([\\s\\S]*)' of type '([^']*)' to java type");
  private static final Pattern UNSUPPORTED_TYPE = Pattern.compile("Unsupported value type '([^']*)'");
  /** PUT …/variables/{name}: the body is the value alone. */
  private static final Pattern ONE_VARIABLE = Pattern.compile("/variables/([^/]+)/?$");
  private static final Pattern JACKSON_FIELD = Pattern.compile("\\[\"([^\"]+)\"\\]");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    HttpServletRequest forward = contentType != null && contentType.contains("json")
        ? new ContentCachingRequestWrapper(request, BODY_KEPT) : request;
    ErrorCapture capture = new ErrorCapture(response);
    try {
      chain.doFilter(forward, capture);
    } finally {
      capture.passHeldLength();
    }
    if (!capture.captured()) {
      return;
    }
    byte[] body = capture.body();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    byte[] requestBody = forward instanceof ContentCachingRequestWrapper cached ? cached.getContentAsByteArray() : null;
    Optional<Answer> answer = Optional.empty();
    answer = answer(path, capture.getStatus(), error(body, capture.getContentType()), requestBody);
    if (answer.isEmpty()) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Answer a = answer.get();
    if (a.status() != capture.getStatus()) {
      LOG.info("Engine answer {} {} -> {} ({})", request.getMethod(), path, a.status(), a.reason());
    }
    byte[] rewritten = JSON.writeValueAsBytes(a.body());
    response.setStatus(a.status());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(rewritten.length);
    response.getOutputStream().write(rewritten);
  }

  /**
   * The engine's error body: its JSON ({@code type}, {@code message}, ...), or a plain text one as a message (the
   * JAX-RS Jackson provider's own mappers answer a body that is not JSON in text/plain).
   */
  private static ObjectNode error(byte[] body, String contentType) {
    try {
      if (JSON.readTree(body) instanceof ObjectNode error) {
        return error;
      }
    } catch (IOException | RuntimeException notJson) {
      // below
    }
    ObjectNode error = JSON.createObjectNode();
    if (contentType != null && contentType.startsWith("text/plain")) {
      error.put("message", new String(body, StandardCharsets.UTF_8));
    }
    return error;
  }

  /** What to answer instead of the engine's error {@code error}; empty to pass it on unchanged. */
  static Optional<Answer> answer(String path, int status, ObjectNode error, byte[] requestBody) {
    String message = error.path("message").asText("");
    if (message.contains(TENANT_CHECK) || UNKNOWN_ID.stream().anyMatch(p -> p.matcher(message).find())) {
      return Optional.of(notFound(path, message.contains(TENANT_CHECK) ? "another unit" : "unknown id"));
    }
    Matcher unknownProperty = UNKNOWN_PROPERTY.matcher(message);
    if (status >= 500 && unknownProperty.find()) {
      // the caller started or moved a process without data its model needs: the request is incomplete, nothing
      // was saved (the engine rolled back)
      return Optional.of(Answer.of(400, "InvalidRequestException", "Data «" + unknownProperty.group(1).strip()
          + "» yang dibutuhkan proses tidak ada, sehingga permintaan ini tidak dapat dijalankan; tidak ada yang "
          + "tersimpan. Mulailah penjualan atau pengaduan melalui formulir aplikasi.", "unknown property"));
    }
    Matcher noMatch = NO_MESSAGE_MATCH.matcher(message);
    if (status == 400 && (message.contains("MismatchingMessageCorrelationException") || noMatch.find())) {
      String name = noMatch.find(0) ? noMatch.group(1).strip() : "";
      return Optional.of(Answer.of(400, "InvalidRequestException", "Pesan" + (name.isEmpty() ? "" : " «" + name + "»")
          + " tidak cocok dengan proses mana pun yang sedang menunggunya; tidak ada yang berubah.", "no correlation"));
    }
    if (message.contains(NO_CONDITIONAL_START)) {
      return Optional.of(Answer.of(400, "InvalidRequestException", "Tidak ada proses yang dapat dimulai dengan "
          + "kondisi ini: tidak ada peristiwa mulai bersyarat yang cocok dengan variabel yang dikirim.", "no condition"));
    }
    // Camunda's and the JAX-RS provider's Jackson mappers both answer a body that is not JSON (which of them
    // answers is not fixed; Camunda's may leave the message empty): the request body itself tells
    if (status == 400 && (jackson(error.path("type").asText(""), message) || !parses(requestBody)
        || message.isBlank() && requestBody != null)) {
      return Optional.of(Answer.of(400, "InvalidRequestException", unreadable(message, requestBody), "unreadable body"));
    }
    if (status >= 500 && REFUSALS.contains(error.path("type").asText(""))) {
      // our listener refused the input where the engine's REST layer does not expect it (a message correlation,
      // e.g. PaymentRecordedListener): the caller's request, not the server, is at fault
      ObjectNode body = error.deepCopy();
      body.put("type", "InvalidRequestException");
      body.put("message", unwrapped(message));
      return Optional.of(new Answer(400, body, "refused by a listener"));
    }
    if (status == 400) {
      String own = unwrapped(message);
      String converted = conversion(own, requestBody, path);
      String text = converted != null ? converted : own;
      if (!text.equals(message)) {
        ObjectNode body = error.deepCopy();
        body.put("message", text);
        return Optional.of(new Answer(400, body, "message"));
      }
    }
    if (status == 403 && "AuthorizationException".equals(error.path("type").asText())) {
      ObjectNode body = error.deepCopy();
      body.put("message", "Anda tidak berwenang melakukan tindakan ini pada data tersebut (hak akses Anda tidak "
          + "mencukupi; pengguna hanya-baca seperti auditor tidak dapat mengubah apa pun).");
      return Optional.of(new Answer(403, body, "permission"));
    }
    return Optional.empty();
  }

  /**
   * The one answer for a task or process instance that does not exist or belongs to another unit: the same
   * status and body, whichever it is.
   */
  static Answer notFound(String path, String reason) {
    Matcher task = TASK_PATH.matcher(path);
    Matcher instance = INSTANCE_PATH.matcher(path);
    String message = task.matches() ? "Tugas " + task.group(1) + " tidak ditemukan di unit Anda."
        : instance.matches() ? "Proses " + instance.group(1) + " tidak ditemukan di unit Anda."
        : "Data yang diminta tidak ditemukan di unit Anda.";
    return Answer.of(404, "InvalidRequestException", message, reason);
  }

  /** The message without the REST layer's "Cannot complete task &lt;id&gt;: " and the listener's wrapping. */
  static String unwrapped(String message) {
    Matcher prefix = SUBMISSION_PREFIX.matcher(message);
    if (!prefix.find()) {
      return message;
    }
    String rest = message.substring(prefix.end()).strip();
    Matcher wrapped = TASK_LISTENER_WRAPPER.matcher(rest);
    if (wrapped.matches()) {
      rest = wrapped.group(1).strip();
    }
    if (!rest.isEmpty()) {
      return rest;
    }
    return switch (prefix.group(1)) {
      case "submit task form" -> "Formulir tugas tidak dapat dikirim.";
      case "instantiate process definition" -> "Proses tidak dapat dimulai.";
      default -> "Tugas tidak dapat diselesaikan.";
    };
  }

  /** A variable's value the engine could not convert to its type, naming the variable when the body tells it. */
  static String conversion(String message, byte[] requestBody, String path) {
    Matcher m = CONVERSION.matcher(message);
    if (m.find()) {
      String value = m.group(1);
      String type = m.group(2);
      String name = variableNamed(requestBody, value, type);
      Matcher single = ONE_VARIABLE.matcher(path);
      if (name == null && single.find()) {
        name = java.net.URLDecoder.decode(single.group(1), StandardCharsets.UTF_8);
      }
      return (name == null ? "Salah satu nilai" : "Nilai untuk «" + name + "»") + " tidak dapat dibaca" + hint(type)
          + ".";
    }
    Matcher u = UNSUPPORTED_TYPE.matcher(message);
    if (u.find()) {
      return "Jenis nilai «" + u.group(1) + "» tidak dikenal; gunakan String, Boolean, Long, Integer, Double, "
          + "Date atau Json.";
    }
    return null;
  }

  private static String hint(String type) {
    return switch (type.toLowerCase(java.util.Locale.ROOT)) {
      case "date" -> ": tanggal dan waktu ditulis tttt-bb-hhTjj:mm:dd.SSS+zona, misalnya 2026-12-01T10:00:00.000+0800";
      case "long", "integer", "short" -> ": harus bilangan bulat";
      case "double" -> ": harus berupa angka";
      case "boolean" -> ": harus true atau false";
      default -> "";
    };
  }

  /** The name of the variable in a request body ({@code {"x": {"value": v, "type": t}}}, at any depth). */
  private static String variableNamed(byte[] requestBody, String value, String type) {
    if (requestBody == null || requestBody.length == 0) {
      return null;
    }
    try {
      return find(JSON.readTree(requestBody), value, type);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  private static String find(JsonNode node, String value, String type) {
    if (node == null || !node.isContainerNode()) {
      return null;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode v = field.getValue();
      if (v.isObject() && v.path("type").asText("").equalsIgnoreCase(type) && v.has("value")
          && value.equals(v.get("value").isTextual() ? v.get("value").textValue() : v.get("value").toString())) {
        return field.getKey();
      }
      String inner = find(v, value, type);
      if (inner != null) {
        return inner;
      }
    }
    for (JsonNode element : node.isArray() ? node : JSON.createArrayNode()) {
      String inner = find(element, value, type);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  private static boolean parses(byte[] requestBody) {
    if (requestBody == null || requestBody.length == 0) {
      return true;
    }
    try {
      JSON.readTree(requestBody);
      return true;
    } catch (IOException | RuntimeException notJson) {
      return false;
    }
  }

  /** An answer of Camunda's Jackson handlers (JsonParseExceptionHandler, JsonMappingExceptionHandler). */
  private static boolean jackson(String type, String message) {
    return type.startsWith("Json") || type.equals("MismatchedInputException") || type.equals("InvalidFormatException")
        || type.equals("UnrecognizedPropertyException") || type.equals("InvalidTypeIdException")
        || type.equals("InvalidDefinitionException") || type.equals("ValueInstantiationException")
        || message.contains("[Source: ") || message.contains("through reference chain");
  }

  /** The same sentences as our own routes' (InputProblemHandler): the body is read again to say where. */
  private static String unreadable(String message, byte[] requestBody) {
    if (requestBody != null && requestBody.length > 0) {
      try {
        JSON.readTree(requestBody);
      } catch (IOException syntax) {
        return InputProblemHandler.unreadableBody(syntax).message();
      }
    }
    Matcher field = JACKSON_FIELD.matcher(message);
    String last = null;
    while (field.find()) {
      last = field.group(1);
    }
    if (last == null) {
      // Camunda's own handler may answer without naming the field: the maps of values are the usual suspects
      last = mapOfValuesOfWrongShape(requestBody);
    }
    return last != null ? InputProblemHandler.wrongShape(last).message()
        : "Isi permintaan (JSON) kosong atau tidak dapat dibaca.";
  }

  /** The top-level map of variables ({@code variables}, {@code modifications}...) sent as something else. */
  private static String mapOfValuesOfWrongShape(byte[] requestBody) {
    if (requestBody == null || requestBody.length == 0) {
      return null;
    }
    try {
      JsonNode root = JSON.readTree(requestBody);
      for (String field : List.of("variables", "modifications", "processVariables", "correlationKeys",
          "localCorrelationKeys", "processVariablesLocal")) {
        if (root.has(field) && !root.get(field).isObject() && !root.get(field).isNull()) {
          return field;
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // answered above
    }
    return null;
  }

  /** The answer: its status, its JSON body, and a word for the log. */
  record Answer(int status, ObjectNode body, String reason) {
    static Answer of(int status, String type, String message, String reason) {
      ObjectNode body = JSON.createObjectNode();
      body.put("type", type);
      body.put("message", message);
      return new Answer(status, body, reason);
    }

    String message() {
      return body.path("message").asText();
    }
  }

  /**
   * Holds the body of an error answer (status 400 and above when the body is first written) and passes every
   * other answer straight through; the content length is held until it is known which.
   */
  static final class ErrorCapture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Boolean capturing;
    private Long heldLength;
    private PrintWriter writer;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    private boolean capturing() {
      if (capturing == null) {
        capturing = getStatus() >= 400;
        passHeldLength();
      }
      return capturing;
    }

    void passHeldLength() {
      if (heldLength != null && !Boolean.TRUE.equals(capturing) && getStatus() < 400) {
        super.setContentLengthLong(heldLength);
        heldLength = null;
      }
    }

    boolean captured() {
      return Boolean.TRUE.equals(capturing);
    }

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!capturing()) {
        return super.getOutputStream();
      }
      return new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void write(int b) {
          buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          buffer.write(b, off, len);
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!capturing()) {
        return super.getWriter();
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {
      setContentLengthLong(len);
    }

    @Override
    public void setContentLengthLong(long len) {
      if (capturing == null) {
        heldLength = len;
      } else if (!capturing) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name) && value != null) {
        setContentLengthLong(Long.parseLong(value.strip()));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name) && value != null) {
        setContentLengthLong(Long.parseLong(value.strip()));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(value);
      } else {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!capturing()) {
        super.flushBuffer();
      }
    }

    @Override
    public void resetBuffer() {
      buffer.reset();
      super.resetBuffer();
    }

    @Override
    public void reset() {
      buffer.reset();
      heldLength = null;
      capturing = null;
      super.reset();
    }
  }
}
