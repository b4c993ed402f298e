package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.IdentityMask;
import id.go.bps.pst.order.IdentityType;

/** A visitor found again in the guest book. Only the name and the masked number are ever shown. */
public record KnownVisitor(String ref, String name, IdentityType identityType, String identityNumber, String email,
    String phone, String institution, String userCategory) {

  public String maskedIdentity() {
    return identityType.label() + " " + IdentityMask.mask(identityNumber);
  }

  @Override
  public String toString() {
    return "KnownVisitor[" + ref + ", " + name + ", " + maskedIdentity() + "]";
  }
}
