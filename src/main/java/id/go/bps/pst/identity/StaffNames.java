package id.go.bps.pst.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * How a member of staff is named on documents, reports and forms: the name of their Camunda user
 * ("Siti Rahmawati"), or the user id when the user has no name or no longer exists. A label adds the id
 * ("Siti Rahmawati (petugas1)"), which is what the audit trail records. Looked up without the caller's
 * Camunda permissions: staff names are not restricted among staff.
 */
@Component
public class StaffNames {

  private final IdentityService identity;

  StaffNames(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
  }

  /** The user's name, or the id itself. */
  public String name(String userId) {
    User user = find(userId);
    return user == null ? userId : name(user);
  }

  /**
   * "Name (id)", or the id alone when the user has no name or is not a user (a visitor's surface such as
   * "pengguna layanan (portal)"); the engine's own work ("system" in the records) reads "sistem", the bank's payment
   * notification ("bank" in the records) "bank (notifikasi pembayaran)".
   */
  public String label(String userId) {
    if ("system".equals(userId)) {
      return "sistem";
    }
    if ("bank".equals(userId)) {
      return "bank (notifikasi pembayaran)";
    }
    User user = find(userId);
    return user == null ? userId : label(user);
  }

  /**
   * The user's role in words, as a visitor may read it (no name, no id): "Bendahara Penerimaan", "Koordinator PST"
   * or "Petugas PST" (also for anyone else, e.g. an administrator acting at the counter).
   */
  public String role(String userId) {
    if (userId == null || userId.isBlank()) {
      return "Petugas PST";
    }
    java.util.Map<String, String> groups = new java.util.HashMap<>();
    WithoutAuthentication.call(identity, () -> identity.createGroupQuery().groupMember(userId).list())
        .forEach(g -> groups.put(g.getId(), g.getName()));
    // the group's own name (IdentitySetup: "Bendahara Penerimaan", "Koordinator PST"), the treasurer's first
    for (String group : java.util.List.of(PstGroups.BENDAHARA, PstGroups.SUPERVISOR)) {
      if (groups.get(group) != null && !groups.get(group).isBlank()) {
        return groups.get(group);
      }
    }
    return "Petugas PST";
  }

  /** The name of a user already looked up, or their id. */
  public static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  /** "Name (id)" of a user already looked up, or their id. */
  public static String label(User user) {
    String name = name(user);
    return name.equals(user.getId()) ? name : name + " (" + user.getId() + ")";
  }

  private User find(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    return WithoutAuthentication.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
  }
}
