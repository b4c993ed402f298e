package id.go.bps.pst.document;

import java.util.Objects;

/**
 * One party of a usage agreement.
 *
 * @param position job title (e.g. "Kepala BPS Kabupaten Tana Tidung") or occupation
 * @param maskedIdentity identity number as printed (already masked); null for the BPS party
 */
public record AgreementParty(String name, String position, String institution, String maskedIdentity,
    String address) {

  public AgreementParty {
    Objects.requireNonNull(name, "name");
  }

  /** Without personal data: no name, identity number or address (a party may be a visitor). */
  @Override
  public String toString() {
    return "AgreementParty[institution=" + institution + ", position recorded=" + (position != null)
        + ", address recorded=" + (address != null) + "]";
  }
}
