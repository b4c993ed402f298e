package id.go.bps.pst.complaint;

/** Where a complaint came in (the channels of the service standard, plus the satisfaction survey). */
public enum ComplaintChannel implements id.go.bps.pst.common.Labelled {
  WEB("Formulir pengaduan web"),
  BOX("Kotak saran dan pengaduan"),
  EMAIL("E-mail"),
  SMS("SMS"),
  WHATSAPP("WhatsApp"),
  LAPOR("SP4N-LAPOR!"),
  SURVEY("Komentar survei kepuasan");

  private final String label;

  ComplaintChannel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * True when the answer goes back by e-mail automatically: the complaint came in electronically
   * (web form, e-mail, survey comment) and an e-mail address is known. Box, SMS, WhatsApp and LAPOR!
   * complaints are answered through their own channel by an officer, who records that it was sent.
   */
  public boolean answeredByEmail(String email) {
    return (this == WEB || this == EMAIL || this == SURVEY) && email != null && !email.isBlank();
  }
}
