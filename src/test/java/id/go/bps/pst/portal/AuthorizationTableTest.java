package id.go.bps.pst.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.document.DocumentService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route of the authorization table ({@code security/authorization.csv}, the same table as in the
 * README) as every role: anonymous, petugas, bendahara, supervisor, auditor, admin (HTTP Basic), each answer
 * compared with the table's status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTableTest extends PortalTestSupport {

  static final List<String> ROLES = List.of("anonymous", "petugas1", "bendahara1", "supervisor1", "auditor1", "admin");

  @Autowired DocumentService documents;
  @Autowired id.go.bps.pst.common.web.PublicRateLimits rateLimits;

  private Map<String, String> placeholders;

  @BeforeAll
  void aSaleWithDocuments() {
    String number = startRequest("Tabel Otorisasi", "tabel.otorisasi@example.com");
    toInvoiceReview(number, cart(publication(PUBLICATION)));
    String other = startRequest("Pengguna Lain", "pengguna.lain@example.com");
    long doc = documents.find(number).get(0).id();
    placeholders = Map.of("{request}", number, "{doc}", String.valueOf(doc),
        "{portal}", links.issue(number).token(), "{otherPortal}", links.issue(other).token());
  }

  static List<String[]> rows() throws IOException {
    try (InputStream in = AuthorizationTableTest.class.getResourceAsStream("/security/authorization.csv")) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
          continue;
        }
        rows.add(line.strip().split(","));
      }
      return rows;
    }
  }

  Stream<Arguments> routesAndRoles() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (String[] row : rows()) {
      for (int i = 0; i < ROLES.size(); i++) {
        all.add(Arguments.of(row[0], row[1], row[2], ROLES.get(i), row[3 + i]));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} as {3} → {4}")
  @MethodSource("routesAndRoles")
  void everyRouteAsEveryRole(String method, String path, String what, String role, String expected) throws Exception {
    rateLimits.reset();
    String resolved = path;
    for (var p : placeholders.entrySet()) {
      resolved = resolved.replace(p.getKey(), p.getValue());
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(resolved))).header("Accept", "application/json");
    if (!"anonymous".equals(role)) {
      String password = "admin".equals(role) ? "admin" : role;
      b.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((role + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    b = "POST".equals(method)
        ? b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
        : b.GET();
    HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(Arrays.asList(expected.split("\\|"))).as("%s %s (%s) as %s: %s", method, path, what, role,
        r.body().length() > 300 ? r.body().substring(0, 300) : r.body()).contains(String.valueOf(r.statusCode()));
    if ((r.statusCode() == 401 || r.statusCode() == 403) && !path.startsWith("/engine-rest")) {
      assertThat(r.body()).as("a refusal says why, in Indonesian").containsAnyOf("Anda belum masuk", "Anda tidak berwenang",
          "Nama pengguna");
    }
  }

  @Test
  void theReadmeShowsTheSameTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (String[] row : rows()) {
      String line = "| " + row[0] + " `" + row[1] + "` | " + row[2] + " | " + String.join(" | ",
          Arrays.copyOfRange(row, 3, 9)) + " |";
      assertThat(readme).as("README row for %s %s", row[0], row[1]).contains(line);
    }
  }
}
