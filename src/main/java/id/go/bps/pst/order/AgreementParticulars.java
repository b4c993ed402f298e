package id.go.bps.pst.order;

/**
 * What the microdata usage agreement needs of the visitor beyond the guest book: occupation (pekerjaan/jabatan)
 * and address (alamat). Asked once, in the visitor's terms step of a sale with microdata.
 *
 * @param address personal data: never logged; {@link #toString()} leaves it out
 */
public record AgreementParticulars(String occupation, String address) {

  @Override
  public String toString() {
    return "AgreementParticulars[occupation recorded=" + (occupation != null) + ", address recorded="
        + (address != null) + "]";
  }
}
