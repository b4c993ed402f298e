package id.go.bps.pst.visit;

import id.go.bps.pst.order.IdentityType;
import id.go.bps.pst.common.IdentityMask;

/** What a visitor writes in the guest book (buku tamu). */
public record GuestBookEntry(
    String name,
    IdentityType identityType,
    String identityNumber,
    String email,
    String phone,
    String institution,
    String userCategory,
    String visitPurpose,
    boolean consent) {

  @Override
  public String toString() {
    return "GuestBookEntry[" + name + ", " + identityType + " " + IdentityMask.mask(identityNumber) + "]";
  }
}
