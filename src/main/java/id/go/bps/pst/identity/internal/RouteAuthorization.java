package id.go.bps.pst.identity.internal;

import id.go.bps.pst.identity.CurrentUser;
import id.go.bps.pst.identity.PstGroups;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Route-level roles that hold before any controller runs (the controllers check their own roles too, with
 * {@code AccessControl}); the complete table per role is in the README, "Security and input rules", and
 * {@code AuthorizationTableTest} walks it. Members of {@code camunda-admin} always pass.
 */
final class RouteAuthorization {

  record Rule(String method, PathPattern pattern, List<String> groups, String message) {

    boolean matches(String requestMethod, PathContainer path) {
      return (method == null || method.equals(requestMethod)) && pattern.matches(path);
    }
  }

  static final List<String> STAFF = List.of(PstGroups.PETUGAS, PstGroups.BENDAHARA, PstGroups.SUPERVISOR,
      PstGroups.AUDITOR);

  static final List<Rule> RULES = List.of(
      rule(null, "/api/admin/**", List.of(PstGroups.SUPERVISOR),
          "Anda tidak berwenang: fungsi admin (misalnya memuat ulang katalog) hanya untuk koordinator PST dan admin."),
      rule(null, "/api/documents/**", STAFF,
          "Anda tidak berwenang: dokumen permintaan hanya untuk petugas PST; pengguna layanan membukanya dari tautan portal."),
      rule(null, "/api/requests/{number}/documents", STAFF,
          "Anda tidak berwenang: dokumen permintaan hanya untuk petugas PST; pengguna layanan membukanya dari tautan portal."));

  private RouteAuthorization() {}

  /** The refusal message when the user may not use the route; empty when they may (or no rule applies). */
  static Optional<String> refusal(String method, String path, CurrentUser user) {
    if (user.isMemberOfAny(PstGroups.CAMUNDA_ADMIN)) {
      return Optional.empty();
    }
    PathContainer container = PathContainer.parsePath(path);
    return RULES.stream().filter(r -> r.matches(method, container)).findFirst()
        .filter(r -> !user.isMemberOfAny(r.groups().toArray(String[]::new)))
        .map(Rule::message);
  }

  private static Rule rule(String method, String pattern, List<String> groups, String message) {
    return new Rule(method, PathPatternParser.defaultInstance.parse(pattern), groups, message);
  }
}
