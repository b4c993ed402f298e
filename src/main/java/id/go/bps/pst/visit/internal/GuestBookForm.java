package id.go.bps.pst.visit.internal;

/** The kiosk's guest book form as posted (all text; checked by the visit module's validators). */
public class GuestBookForm {

  private String name;
  private String identityType;
  private String identityNumber;
  private String email;
  private String phone;
  private String institution;
  private String userCategory;
  private String visitPurpose;
  private boolean consent;

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getIdentityType() { return identityType; }
  public void setIdentityType(String identityType) { this.identityType = identityType; }
  public String getIdentityNumber() { return identityNumber; }
  public void setIdentityNumber(String identityNumber) { this.identityNumber = identityNumber; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getInstitution() { return institution; }
  public void setInstitution(String institution) { this.institution = institution; }
  public String getUserCategory() { return userCategory; }
  public void setUserCategory(String userCategory) { this.userCategory = userCategory; }
  public String getVisitPurpose() { return visitPurpose; }
  public void setVisitPurpose(String visitPurpose) { this.visitPurpose = visitPurpose; }
  public boolean isConsent() { return consent; }
  public void setConsent(boolean consent) { this.consent = consent; }

  @Override
  public String toString() {
    return "GuestBookForm[" + name + "]"; // never the identity number
  }
}
