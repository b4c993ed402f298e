package id.go.bps.pst.process;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Camunda's authorizations do not cover on the engine's REST API, for everyone but administrators
 * ({@code camunda-admin}):
 * <ul>
 *   <li><b>changing the engine's jobs</b> (retries, due date, suspension, priority, execution, deletion; also job
 *       definitions and the history cleanup): Camunda checks no permission on a job outside a process instance,
 *       such as the history cleanup, so a read-only auditor or an officer could suspend or delete it. Reading jobs
 *       stays with Camunda's own checks;</li>
 *   <li><b>the activity statistics of history</b> ({@code /history/process-definition/{id}/statistics}): Camunda
 *       counts every unit's sales in them whatever the reader's unit. No page of this application or of Cockpit
 *       (community edition) uses them; a unit's figures are in its reports ({@code /laporan}).</li>
 *   <li><b>migrating process instances</b> to another version of their model ({@code /migration/execute},
 *       {@code /migration/executeAsync}): an administrator's repair. Refused before the body is read, so a caller
 *       who may not migrate learns that, not what the body lacks.</li>
 *   <li><b>modifying running process instances</b> ({@code /modification/execute}, {@code /executeAsync} and
 *       {@code /process-instance/{id}/modification}, {@code -async}): starting or cancelling activities out of the
 *       model's order would skip the payment or a check. Camunda itself refuses it to anyone without UPDATE on the
 *       instance (no role of this application has it); this guard says so in Indonesian before the body is read,
 *       the same answer for a single instance and for many.</li>
 *   <li><b>restarting finished process instances</b> ({@code /process-definition/{id}/restart}, {@code -async}):
 *       Camunda asks for READ_HISTORY and CREATE_INSTANCE only, and the restart may begin at any step and skip the
 *       listeners.</li>
 *   <li><b>messages</b> ({@code POST /message}): the application correlates them itself (a bank payment, a
 *       complaint sent from the public form); a caller's message would start a complaint with variables of their
 *       choosing (Camunda asks only for CREATE_INSTANCE, which officers have).</li>
 *   <li><b>a BPMN error or escalation thrown at a task</b> ({@code /task/{id}/bpmnError}, {@code /bpmnEscalation}):
 *       Camunda asks only for TASK_WORK, and no model of this application catches such an error from a person, so
 *       the sale simply ended (none end event semantics), with variables of the caller's choosing, past every
 *       check.</li>
 *   <li><b>a user's profile</b> ({@code PUT /user/{id}/profile}: name and e-mail): Camunda gives every user UPDATE
 *       on their own user, and the name is what the receipt prints as the treasurer's and what the audit trail and
 *       the request history name ({@code Receipts}, {@code StaffNames}); bendahara1 renamed herself "Kepala BPS"
 *       (204). Users are the administrators' (Camunda Admin). Changing one's own password ({@code /credentials},
 *       with the current password) stays open.</li>
 * </ul>
 * A start that chooses its steps or skips the listeners is refused by {@link TaskCompletionGuard}.
 * Refused: 403 with an Indonesian message; nothing is changed. Besides, a password set through the API (one's own
 * change, or an administrator's for anyone) is 400 when it is weak ({@link #weakPassword}): Camunda's password policy
 * is off, and a staff member set her own password to "x".
 */
class EngineAdministrationGuard extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineAdministrationGuard.class);
  private static final String ENGINE = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";
  /** Job and job definition resources; the plain collection and its count are queries (POST with a body). */
  private static final Pattern JOBS = Pattern.compile(ENGINE + "/(?:job|job-definition)(?:/.*)?");
  private static final Pattern JOB_QUERIES = Pattern.compile(ENGINE + "/(?:job|job-definition)(?:/count)?/?");
  private static final Pattern HISTORY_CLEANUP = Pattern.compile(ENGINE + "/history/cleanup(?:/.*)?");
  private static final Pattern HISTORY_STATISTICS = Pattern.compile(
      ENGINE + "/history/process-definition/[^/]+/statistics/?");
  private static final Pattern MIGRATION = Pattern.compile(ENGINE + "/migration/(?:execute|executeAsync)/?");
  private static final Pattern MODIFICATION = Pattern.compile(ENGINE
      + "/(?:modification/(?:execute|executeAsync)|process-instance/[^/]+/modification(?:-async)?)/?");
  private static final Pattern RESTART = Pattern.compile(ENGINE + "/process-definition/[^/]+/restart(?:-async)?/?");
  private static final Pattern MESSAGE = Pattern.compile(ENGINE + "/message/?");
  private static final Pattern USER_PROFILE = Pattern.compile(ENGINE + "/user/[^/]+/profile/?");
  /** A password set: one's own change ({@code PUT /user/{id}/credentials}) or a new user ({@code POST /user/create}). */
  private static final Pattern PASSWORD_SET = Pattern.compile(ENGINE + "/user/(?:([^/]+)/credentials|create)/?");
  static final int PASSWORD_MIN_LENGTH = 10;
  static final String WEAK_PASSWORD = "Kata sandi baru terlalu lemah: paling sedikit " + PASSWORD_MIN_LENGTH
      + " karakter, paling sedikit 5 karakter yang berbeda, dan tidak memuat nama pengguna. Kata sandi tidak diganti.";
  private static final Pattern TASK_ERROR = Pattern.compile(ENGINE + "/task/[^/]+/(?:bpmnError|bpmnEscalation)/?");
  static final String TASK_ERROR_REFUSED = "Anda tidak berwenang mengakhiri atau membelokkan langkah dengan "
      + "kesalahan atau eskalasi BPMN: itu mengakhiri penjualan tanpa pembatalan dan tanpa catatan. Selesaikan "
      + "langkah melalui formulirnya; pembatalan lewat langkahnya atau oleh koordinator. Tidak ada yang berubah.";
  static final String PROFILE_REFUSED = "Nama dan alamat surel pengguna hanya diubah oleh admin (Camunda Admin): "
      + "nama itu tercetak pada kuitansi dan tercatat pada riwayat permintaan. Tidak ada yang berubah. Kata sandi "
      + "Anda sendiri tetap dapat Anda ganti.";
  static final String RESTART_REFUSED = "Anda tidak berwenang memulai ulang proses yang sudah selesai (restart: "
      + "pada langkah pilihan sendiri): itu hanya untuk admin. Tidak ada yang dimulai.";
  static final String MODIFICATION_REFUSED = "Anda tidak berwenang mengubah langkah proses yang berjalan (modifikasi: "
      + "memulai atau membatalkan langkah di luar urutan model): itu hanya untuk admin. Tidak ada yang berubah.";
  static final String MIGRATION_REFUSED = "Anda tidak berwenang memindahkan (migrasi) proses yang berjalan ke versi "
      + "model lain: itu hanya untuk admin. Tidak ada yang berubah.";
  static final String JOBS_REFUSED = "Hanya admin yang dapat mengubah pekerjaan terjadwal mesin proses (ulang, "
      + "tunda, hapus, atau ubah jadwalnya).";
  static final String STATISTICS_REFUSED = "Statistik riwayat mesin proses menghitung semua unit dan hanya untuk "
      + "admin. Angka unit Anda ada pada laporan di /laporan.";

  private final ProcessEngine engine;

  EngineAdministrationGuard(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    String refusal = null;
    boolean change = !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    if (change && (JOBS.matcher(path).matches() && !("POST".equals(method) && JOB_QUERIES.matcher(path).matches())
        || HISTORY_CLEANUP.matcher(path).matches())) {
      refusal = JOBS_REFUSED;
    } else if (change && MIGRATION.matcher(path).matches()) {
      refusal = MIGRATION_REFUSED;
    } else if (change && MODIFICATION.matcher(path).matches()) {
      refusal = MODIFICATION_REFUSED;
    } else if (change && TASK_ERROR.matcher(path).matches()) {
      refusal = TASK_ERROR_REFUSED;
    } else if (change && RESTART.matcher(path).matches()) {
      refusal = RESTART_REFUSED;
    } else if (change && USER_PROFILE.matcher(path).matches()) {
      refusal = PROFILE_REFUSED;
    } else if (HISTORY_STATISTICS.matcher(path).matches()) {
      refusal = STATISTICS_REFUSED;
    }
    java.util.regex.Matcher passwordSet = PASSWORD_SET.matcher(path);
    if (refusal == null && passwordSet.matches() && ("PUT".equals(method) || "POST".equals(method))
        && mayAttemptPasswordSet(request, passwordSet.group(1))) {
      // Camunda's password policy is off (the demo users' passwords are their ids): a password set through the API,
      // by anyone, is checked here; a staff member set her own password to "x" (204)
      byte[] body = request.getInputStream().readAllBytes();
      if (weakPassword(body, passwordSet.group(1))) {
        LOG.warn("Refused {} {}: weak password", method, path);
        TaskCompletionGuard.write(response, 400, "InvalidRequestException", WEAK_PASSWORD);
        return;
      }
      chain.doFilter(new TaskCompletionGuard.CachedBodyRequest(request, body), response);
      return;
    }
    boolean message = "POST".equals(method) && MESSAGE.matcher(path).matches();
    if (refusal == null && !message || id.go.bps.pst.identity.EngineApiUsers.groups(request, engine)
        .contains(id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    if (message) {
      // a message starts a complaint (the public form's start event, with variables of the caller's choosing) or
      // moves a sale on: the application sends them itself, with its records' data; Camunda asks only for
      // CREATE_INSTANCE to start by message, which officers and the supervisor have
      byte[] body = request.getInputStream().readAllBytes();
      refusal = EngineErrorAnswers.refusal(new EngineErrorAnswers.Call(method, path, body,
          () -> id.go.bps.pst.identity.EngineApiUsers.groups(request, engine)));
    }
    LOG.warn("Refused {} {}: administrators only (user {})", method, path,
        id.go.bps.pst.identity.EngineApiUsers.userId(request, engine).orElse("-"));
    TaskCompletionGuard.write(response, 403, "AuthorizationException", refusal);
  }

  /**
   * Whether the engine would go on to set the password: an administrator, or a user changing their own. Anyone else
   * hears the engine's own refusal (403, or 404 for a user they cannot see) first, not a word about the password.
   */
  private boolean mayAttemptPasswordSet(HttpServletRequest request, String pathUserId) {
    if (id.go.bps.pst.identity.EngineApiUsers.groups(request, engine)
        .contains(id.go.bps.pst.identity.PstGroups.CAMUNDA_ADMIN)) {
      return true;
    }
    return pathUserId != null
        && id.go.bps.pst.identity.EngineApiUsers.userId(request, engine).filter(pathUserId::equals).isPresent();
  }

  /** The new password of the body, when there is one, is shorter than the rule, too uniform or holds the user id. */
  static boolean weakPassword(byte[] body, String pathUserId) {
    com.fasterxml.jackson.databind.JsonNode json;
    try {
      json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
    } catch (IOException unreadable) {
      return false; // the engine answers an unreadable body
    }
    if (json == null) {
      return false;
    }
    com.fasterxml.jackson.databind.JsonNode password = json.has("credentials")
        ? json.path("credentials").path("password") : json.path("password");
    if (!password.isTextual()) {
      return false; // no password in the body: the engine answers
    }
    String p = password.asText();
    String user = pathUserId != null ? pathUserId : json.path("profile").path("id").asText("");
    return p.length() < PASSWORD_MIN_LENGTH || p.chars().distinct().count() < 5
        || !user.isBlank() && p.toLowerCase(java.util.Locale.ROOT).contains(user.toLowerCase(java.util.Locale.ROOT));
  }
}
