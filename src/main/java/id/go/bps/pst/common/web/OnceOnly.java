package id.go.bps.pst.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A public form sent twice stores once: a resend after a flaky connection, "confirm resubmission" or a second tap
 * gave two queue tickets and two sales (the kiosk) or two tracking codes (the complaint form). Each form, as shown,
 * carries an id of its own (hidden field {@value #FIELD}); a submission that was stored is remembered in the
 * visitor's session with where it led, and the same id sent again leads there without storing anything. A form
 * refused by its rules keeps its id, so the corrected one is stored once.
 */
public final class OnceOnly {

  /** The hidden field that carries a form's id. */
  public static final String FIELD = "submission";
  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");
  private static final int REMEMBERED = 20;

  private OnceOnly() {
  }

  /** The id of the form being shown: the one it was posted with (shown again after a refusal), else a new one. */
  public static String id(HttpServletRequest request) {
    return posted(request).orElseGet(() -> UUID.randomUUID().toString());
  }

  /** The form's id as this request posted it, when it is one. */
  private static Optional<String> posted(HttpServletRequest request) {
    return Optional.ofNullable(request.getParameter(FIELD)).filter(id -> ID.matcher(id).matches());
  }

  /** Where the first submission of this form led, when this request sends it again. */
  public static Optional<String> earlier(HttpSession session, String form, HttpServletRequest request) {
    return posted(request).map(id -> {
      synchronized (session) {
        return stored(session, form).get(id);
      }
    });
  }

  /** Remembers that this request's form was stored and led to {@code result} (a path to redirect to). */
  public static void remember(HttpSession session, String form, HttpServletRequest request, String result) {
    Optional<String> posted = posted(request);
    if (posted.isEmpty()) {
      return;
    }
    synchronized (session) {
      Map<String, String> stored = stored(session, form);
      stored.put(posted.get(), result);
      while (stored.size() > REMEMBERED) {
        stored.remove(stored.keySet().iterator().next());
      }
      session.setAttribute(key(form), stored); // replicated sessions see the change
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> stored(HttpSession session, String form) {
    Object value = session.getAttribute(key(form));
    if (value instanceof LinkedHashMap<?, ?> map) {
      return (Map<String, String>) map;
    }
    return new LinkedHashMap<>();
  }

  private static String key(String form) {
    return OnceOnly.class.getName() + "." + form;
  }
}
