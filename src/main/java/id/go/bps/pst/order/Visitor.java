package id.go.bps.pst.order;

import id.go.bps.pst.common.IdentityMask;

/** The visitor as written in the guest book, already validated by the visit module. */
public record Visitor(
    String name,
    String email,
    String phone,
    IdentityType identityType,
    String identityNumber,
    String institution,
    String userCategory) {

  @Override
  public String toString() {
    // never print the identity number
    return "Visitor[" + name + ", " + identityType + " " + IdentityMask.mask(identityNumber) + "]";
  }
}
