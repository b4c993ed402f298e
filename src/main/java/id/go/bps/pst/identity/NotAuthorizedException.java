package id.go.bps.pst.identity;

import java.util.List;

/** The user is authenticated but not in a required group; answered with HTTP 403. */
public class NotAuthorizedException extends RuntimeException {

  private final List<String> requiredGroups;

  public NotAuthorizedException(List<String> requiredGroups) {
    super("Anda tidak berwenang mengakses sumber daya ini. Diperlukan keanggotaan salah satu grup: "
        + String.join(", ", requiredGroups) + ".");
    this.requiredGroups = List.copyOf(requiredGroups);
  }

  public List<String> requiredGroups() {
    return requiredGroups;
  }
}
