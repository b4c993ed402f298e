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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
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
 *   <li>a missing permission (403): an Indonesian sentence that fits the caller's role and what was refused;
 *   the structured fields stay;</li>
 *   <li>paging parameters ({@code firstResult}, {@code maxResults}) of any list query that are negative or not a
 *   whole number within range: refused with 400 before the engine runs its query (a negative one ended as a
 *   database error, 500);</li>
 *   <li>a query parameter of the wrong format (a date, a number, a true/false): 400 naming the parameter and the
 *   expected format;</li>
 *   <li>a definition, deployment or other resource that does not exist: 404 "… tidak ditemukan";</li>
 *   <li>the JAX-RS layer's bare answers ("HTTP 405 Method Not Allowed", "HTTP 404 Not Found", ...): the same
 *   status with an Indonesian sentence;</li>
 *   <li>a request body without a field the engine needs (it answered with a NullPointerException, 500): 400.</li>
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
  private static final Set<String> REFUSALS = java.util.Set.of("FormValidationException",
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
      Pattern.compile("^Cannot get form for task "),
      // a variable of a task or instance that does not exist ("Cannot put task variable x: task y doesn't exist: task
      // is null", a 500 of the REST layer)
      Pattern.compile("^Cannot [^:]*variables?[^:]*: (?:task|execution|process instance) \\S+ doesn't exist"));
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
  /** AbstractSearchQueryDto: "Cannot set query parameter 'x' to value 'y'[: Cannot convert value "y" to java type T]". */
  private static final Pattern QUERY_PARAMETER = Pattern.compile(
      "Cannot set query parameter '([^']*)' to value '([\\s\\S]*?)'(?::[\\s\\S]*?to java type ([\\w.$]+))?");
  /** A parameter or value converted by the REST layer's converters outside a query DTO. */
  private static final Pattern JAVA_TYPE = Pattern.compile("Cannot convert value \"([\\s\\S]*?)\" to java type ([\\w.$]+)");
  /** The engine's and the REST layer's words for a definition, deployment or other resource that does not exist. */
  private static final List<Pattern> UNKNOWN_RESOURCE = List.of(
      // "Deployment with id 'xx' do not exist", "Job definition with id 'x' does not exist"
      Pattern.compile("^([A-Za-z][A-Za-z ]*?) with id '([^']*)' do(?:es)? not exist"),
      // "No matching process definition with key: nope and no tenant-id", "No matching definition with id x"
      Pattern.compile("^No matching ([a-z][a-z ]*?) (?:with|for) (?:id|key)(?::|) '?([^' ]*)'?(?: and .*)?$"),
      // "Deployment with id 'x' not found", "process definition with id x not found"
      Pattern.compile("^([A-Za-z][A-Za-z ]*?) with (?:id|key) '?([^' ]*)'? (?:not found|does not exist)"));
  /** The JAX-RS layer's bare answer: "HTTP 405 Method Not Allowed". */
  private static final Pattern BARE_HTTP = Pattern.compile("^HTTP (\\d{3})(?: [A-Za-z ]*)?$");
  /** The engine resources a refusal names in words. */
  private static final Map<String, String> RESOURCE_NAMES = Map.ofEntries(
      Map.entry("deployment", "Deployment"),
      Map.entry("process definition", "Definisi proses"),
      Map.entry("definition", "Definisi proses"),
      Map.entry("decision definition", "Definisi keputusan"),
      Map.entry("decision requirements definition", "Definisi keputusan"),
      Map.entry("case definition", "Definisi kasus"),
      Map.entry("job definition", "Definisi pekerjaan terjadwal"),
      Map.entry("job", "Pekerjaan terjadwal"),
      Map.entry("batch", "Batch"),
      Map.entry("historic batch", "Batch"),
      Map.entry("resource", "Berkas deployment"),
      Map.entry("user", "Pengguna"),
      Map.entry("group", "Grup"),
      Map.entry("tenant", "Tenant"),
      Map.entry("filter", "Filter"),
      Map.entry("incident", "Insiden"),
      Map.entry("external task", "Tugas eksternal"),
      Map.entry("variable instance", "Variabel"),
      Map.entry("authorization", "Otorisasi"));
  /** Paging parameters of every list query of the engine API. */
  private static final List<String> PAGING = List.of("firstResult", "maxResults");

  /** The engine, for the caller's groups (a refusal's wording); null in unit tests. */
  private final ProcessEngine engine;

  EngineErrorAnswers(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Answer> paging = paging(request.getQueryString());
    if (paging.isPresent()) {
      LOG.info("Engine request {} {} refused: {}", request.getMethod(), request.getRequestURI(), paging.get().reason());
      write(response, paging.get());
      return;
    }
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
    Optional<Answer> answer = answer(new Call(request.getMethod(), path, requestBody, () -> callersGroups(request)),
        capture.getStatus(), error(body, capture.getContentType()));
    if (answer.isEmpty()) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    Answer a = answer.get();
    if (a.status() != capture.getStatus()) {
      LOG.info("Engine answer {} {} -> {} ({})", request.getMethod(), path, a.status(), a.reason());
    }
    write(response, a);
  }

  private static void write(HttpServletResponse response, Answer a) throws IOException {
    byte[] rewritten = JSON.writeValueAsBytes(a.body());
    response.setStatus(a.status());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(rewritten.length);
    response.getOutputStream().write(rewritten);
  }

  private Set<String> callersGroups(HttpServletRequest request) {
    if (engine == null) {
      return Set.of();
    }
    try {
      return id.go.bps.pst.identity.EngineApiUsers.groups(request, engine);
    } catch (RuntimeException unknown) {
      return Set.of();
    }
  }

  /**
   * Paging parameters that are not a whole number from 0 to 2147483647: refused before the engine sees them
   * (a negative one reached the database, an out-of-range one was answered 404 by the JAX-RS layer).
   */
  static Optional<Answer> paging(String queryString) {
    if (queryString == null || queryString.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : queryString.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (!PAGING.contains(name)) {
        continue;
      }
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
      boolean whole = value.matches("\\+?\\d{1,10}") && Long.parseLong(value) <= Integer.MAX_VALUE;
      if (!whole) {
        String shown = value.length() > 30 ? value.substring(0, 30) + "…" : value;
        return Optional.of(Answer.of(400, "InvalidRequestException", "Parameter «" + name + "» harus bilangan bulat "
            + "dari 0 sampai 2147483647" + (value.isEmpty() ? " (nilainya kosong)" : "; «" + shown + "» tidak dapat "
            + "dipakai") + ". " + ("firstResult".equals(name) ? "firstResult adalah jumlah baris yang dilewati."
            : "maxResults adalah jumlah baris paling banyak yang diminta."), "paging " + name));
      }
    }
    return Optional.empty();
  }

  private static String decode(String text) {
    try {
      return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
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

  /** The request an error answers: its method, path, JSON body (null when none was kept) and the caller's groups. */
  record Call(String method, String path, byte[] requestBody, java.util.function.Supplier<Set<String>> groups) {
    Call(String path, byte[] requestBody) {
      this("GET", path, requestBody, Set::of);
    }
  }

  /** What to answer instead of the engine's error {@code error}; empty to pass it on unchanged. */
  static Optional<Answer> answer(String path, int status, ObjectNode error, byte[] requestBody) {
    return answer(new Call(path, requestBody), status, error);
  }

  /** What to answer instead of the engine's error {@code error} to the call; empty to pass it on unchanged. */
  static Optional<Answer> answer(Call call, int status, ObjectNode error) {
    String path = call.path();
    byte[] requestBody = call.requestBody();
    String message = error.path("message").asText("");
    String own = unwrapped(message);
    // also behind the REST layer's "Cannot submit task form x: " (a form sent to a task that does not exist)
    if (message.contains(TENANT_CHECK) || UNKNOWN_ID.stream().anyMatch(p -> p.matcher(message).find()
        || p.matcher(own).find())) {
      return Optional.of(notFound(path, message.contains(TENANT_CHECK) ? "another unit" : "unknown id"));
    }
    if (status == 403 && "AuthorizationException".equals(error.path("type").asText())) {
      ObjectNode body = error.deepCopy();
      body.put("message", refusal(call));
      return Optional.of(new Answer(403, body, "permission"));
    }
    Optional<Answer> resource = unknownResource(message, status);
    if (resource.isPresent()) {
      return resource;
    }
    Matcher bare = BARE_HTTP.matcher(message.strip());
    if (status >= 400 && status < 500 && bare.matches()) {
      return Optional.of(Answer.of(status, error.path("type").asText("InvalidRequestException"),
          bareHttp(status, call.method()), "HTTP " + status));
    }
    if (status >= 500 && requestBody != null && "NullPointerException".equals(error.path("type").asText(""))
        // a completion racing another one can fail inside the engine the same way: TaskCompletionGuard tells
        // that conflict (409, who completed it) from a real failure
        && EngineRequests.taskCompletion(call.method(), path).isEmpty()) {
      // the engine met a field the request did not send (e.g. {} as a migration): the request, not the server
      return Optional.of(Answer.of(400, "InvalidRequestException", incomplete(path), "incomplete body"));
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
    if (status == 400 && message.contains("authenticated user password is not valid")) {
      // PUT /user/{own id}/credentials with a wrong current password (Camunda's English sentence)
      return Optional.of(Answer.of(400, "InvalidRequestException", "Kata sandi Anda saat ini salah; kata sandi tidak "
          + "diganti. Setelah kata sandi yang salah, tunggu sebentar (paling lama satu menit) sebelum mencoba lagi.",
          "wrong current password"));
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
      String converted = conversion(own, requestBody, path);
      String text = converted != null ? converted : own;
      if (!text.equals(message)) {
        ObjectNode body = error.deepCopy();
        body.put("message", text);
        return Optional.of(new Answer(400, body, "message"));
      }
    }
    return Optional.empty();
  }

  /** A missing permission in words that are true for the caller: what the role does instead. */
  static String refusal(Call call) {
    String path = call.path();
    Set<String> groups = call.groups().get();
    String start = "Anda tidak berwenang ";
    if ("POST".equals(call.method()) && path.matches(ENGINE + "/message/?")) {
      String name = messageName(call.requestBody());
      if (ProcessKeys.MESSAGE_CANCELLATION.equals(name)) {
        return start + "membatalkan permintaan lewat pesan mesin proses: itu hanya untuk administrator. Petugas "
            + "membatalkan permintaan melalui langkahnya di Tasklist; tidak ada yang berubah.";
      }
      return start + "mengirim pesan" + (name == null || name.isBlank() ? "" : " «" + name + "»") + " ke mesin "
          + "proses: pesan dikirim oleh aplikasi sendiri (misalnya pembayaran bank) atau oleh administrator; "
          + "tidak ada yang berubah.";
    }
    if ("POST".equals(call.method()) && path.matches(ENGINE + "/task/create/?")) {
      return start + "membuat tugas: tugas lepas (di luar proses) tidak dipakai dalam layanan ini; setiap tugas "
          + "berasal dari langkah penjualan atau pengaduan.";
    }
    boolean change = !"GET".equals(call.method()) && !"HEAD".equals(call.method());
    if (change && groups.contains(id.go.bps.pst.identity.PstGroups.AUDITOR)
        && !groups.contains(id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN)) {
      return start + "mengubah data ini: auditor hanya dapat membaca.";
    }
    return start + "melakukan tindakan ini pada data tersebut (hak akses peran Anda tidak mencukupi; tidak ada "
        + "yang berubah).";
  }

  private static String messageName(byte[] requestBody) {
    if (requestBody == null || requestBody.length == 0) {
      return null;
    }
    try {
      JsonNode name = JSON.readTree(requestBody).path("messageName");
      return name.isTextual() ? name.textValue() : null;
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  /** A resource other than a task or process instance that does not exist: 404 naming it. */
  private static Optional<Answer> unknownResource(String message, int status) {
    if (status != 404 && status != 400 && status < 500) {
      return Optional.empty();
    }
    for (Pattern p : UNKNOWN_RESOURCE) {
      Matcher m = p.matcher(message.strip());
      if (m.find()) {
        String kind = m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
        String noun = RESOURCE_NAMES.getOrDefault(kind, "Data");
        String id = m.group(2);
        String shown = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        String by = message.contains("with key") ? " dengan kunci «" : " «";
        return Optional.of(Answer.of(404, "InvalidRequestException", noun + (shown.isEmpty() ? "" : by + shown + "»")
            + " tidak ditemukan.", "unknown " + kind));
      }
    }
    return Optional.empty();
  }

  /** The JAX-RS layer's answers without a message of their own. */
  private static String bareHttp(int status, String method) {
    return switch (status) {
      case 404 -> "Alamat ini tidak ada pada API mesin proses. Periksa alamatnya pada dokumentasi REST API Camunda.";
      case 405 -> "Metode " + method + " tidak diizinkan untuk alamat ini. Periksa metode (GET, POST, PUT atau "
          + "DELETE) pada dokumentasi REST API Camunda.";
      case 406 -> "Jenis jawaban yang diminta (header Accept) tidak tersedia untuk alamat ini; minta application/json.";
      case 415 -> "Jenis isi permintaan (header Content-Type) tidak didukung untuk alamat ini; kirim application/json.";
      default -> "Permintaan ini tidak dapat dijalankan (HTTP " + status + ").";
    };
  }

  /** A body without a field the engine needs, naming the usual ones where the path tells. */
  private static String incomplete(String path) {
    String needed = path.matches(ENGINE + "/migration/(?:execute|executeAsync|validate|generate)/?")
        ? " (untuk migrasi: «migrationPlan» dengan «sourceProcessDefinitionId», «targetProcessDefinitionId» dan "
            + "«instructions», serta «processInstanceIds» atau «processInstanceQuery»)"
        : path.matches(ENGINE + "/modification/(?:execute|executeAsync)/?")
            ? " (untuk modifikasi: «processDefinitionId», «instructions», serta «processInstanceIds» atau "
                + "«processInstanceQuery»)"
            : "";
    return "Isi permintaan tidak lengkap: ada data wajib yang tidak dikirim" + needed + ". Tidak ada yang berubah.";
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
    Matcher parameter = QUERY_PARAMETER.matcher(message);
    if (parameter.find()) {
      String type = parameter.group(3);
      if (type == null) {
        Matcher javaType = JAVA_TYPE.matcher(message);
        type = javaType.find() ? javaType.group(2) : "";
      }
      return "Parameter «" + parameter.group(1) + "» tidak dapat dibaca" + hint(simpleType(type))
          + (hint(simpleType(type)).isEmpty() ? ": periksa nilainya" : "") + ".";
    }
    Matcher javaType = JAVA_TYPE.matcher(message);
    if (javaType.find()) {
      String hint = hint(simpleType(javaType.group(2)));
      return "Salah satu parameter tidak dapat dibaca" + (hint.isEmpty() ? ": periksa nilainya" : hint) + ".";
    }
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

  /** "java.util.Date" → "date", "java.lang.Integer" → "integer". */
  private static String simpleType(String javaType) {
    return javaType == null ? "" : javaType.substring(javaType.lastIndexOf('.') + 1);
  }

  private static String hint(String type) {
    return switch (type.toLowerCase(java.util.Locale.ROOT)) {
      case "date" -> ": tanggal dan waktu ditulis tttt-bb-hhTjj:mm:dd.SSS+zona, misalnya 2026-12-01T10:00:00.000+0800";
      case "long", "integer", "int", "short" -> ": harus bilangan bulat";
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
