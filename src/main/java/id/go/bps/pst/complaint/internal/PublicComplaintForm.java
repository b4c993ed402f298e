package id.go.bps.pst.complaint.internal;

/** The public complaint form as posted (all text; checked by the complaint module). */
public class PublicComplaintForm {

  private String name;
  private String email;
  private String phone;
  private String category;
  private String requestNumber;
  private String description;
  private boolean consent;

  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public String getRequestNumber() { return requestNumber; }
  public void setRequestNumber(String requestNumber) { this.requestNumber = requestNumber; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public boolean isConsent() { return consent; }
  public void setConsent(boolean consent) { this.consent = consent; }

  @Override
  public String toString() {
    return "PublicComplaintForm[" + category + "]"; // no personal data
  }
}
