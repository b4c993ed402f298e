package id.go.bps.pst.visit.internal;

import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.visit.GuestBookEntry;
import id.go.bps.pst.visit.IdentityValidator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * Visitors who wrote in the guest book before, found again by exact e-mail address (case-insensitive,
 * as mail systems treat it) or exact identity number: no partial or fuzzy search, so the kiosk cannot
 * be used to browse who visited.
 */
@Repository
class VisitorDirectory {

  private static final String COLUMNS =
      "public_ref, name, identity_type, identity_number, email, phone, institution, user_category";
  private static final RowMapper<KnownVisitor> ROW = (rs, i) -> new KnownVisitor(rs.getString("public_ref"),
      rs.getString("name"), IdentityType.valueOf(rs.getString("identity_type")), rs.getString("identity_number"),
      rs.getString("email"), rs.getString("phone"), rs.getString("institution"), rs.getString("user_category"));

  private final JdbcTemplate jdbc;

  VisitorDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The visitor with exactly this e-mail address or identity number; the most recent visit wins. */
  Optional<KnownVisitor> find(String emailOrIdentityNumber) {
    String key = emailOrIdentityNumber == null ? "" : emailOrIdentityNumber.strip();
    if (key.isEmpty() || key.length() > 254) {
      return Optional.empty();
    }
    List<KnownVisitor> found = key.contains("@")
        ? jdbc.query("select " + COLUMNS + " from pst_visitor where lower(email) = ? order by last_visit_at desc, id desc",
            ROW, key.toLowerCase(Locale.ROOT))
        : jdbc.query("select " + COLUMNS + " from pst_visitor where identity_number = ? "
            + "order by last_visit_at desc, id desc", ROW, IdentityValidator.normalize(key));
    return found.stream().findFirst();
  }

  Optional<KnownVisitor> byRef(String ref) {
    if (ref == null || ref.isBlank()) {
      return Optional.empty();
    }
    return jdbc.query("select " + COLUMNS + " from pst_visitor where public_ref = ?", ROW, ref.strip())
        .stream().findFirst();
  }

  /**
   * True when the entry's identity number is on file for someone with another name or e-mail address (names
   * compared without case and extra spaces, addresses without case).
   */
  boolean heldByAnother(GuestBookEntry e) {
    List<String[]> stored = jdbc.query("select name, email from pst_visitor where identity_type = ? and identity_number = ?",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, e.identityType().name(),
        IdentityValidator.normalize(e.identityNumber()));
    return stored.stream().anyMatch(s -> !sameName(s[0], e.name()) || !s[1].equalsIgnoreCase(e.email().strip()));
  }

  /**
   * Remembers the visitor of a valid guest book entry: a new one is added; for one on file only the visit is
   * counted, with the user category chosen this time. Name, e-mail and phone on file are never changed from
   * the kiosk.
   */
  void remember(GuestBookEntry e, Instant at) {
    String number = IdentityValidator.normalize(e.identityNumber());
    Timestamp now = Timestamp.from(at);
    int updated = jdbc.update("update pst_visitor set user_category = ?, last_visit_at = ?, visit_count = visit_count + 1 "
            + "where identity_type = ? and identity_number = ?",
        e.userCategory(), now, e.identityType().name(), number);
    if (updated == 0) {
      jdbc.update("insert into pst_visitor (public_ref, name, identity_type, identity_number, email, phone, "
              + "institution, user_category, first_visit_at, last_visit_at, visit_count) "
              + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
          UUID.randomUUID().toString(), e.name().strip(), e.identityType().name(), number, e.email().strip(),
          blankToNull(e.phone()), blankToNull(e.institution()), e.userCategory(), now, now);
    }
  }

  private static boolean sameName(String a, String b) {
    return normalizeName(a).equals(normalizeName(b));
  }

  private static String normalizeName(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
