package id.go.bps.pst.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The microdata usage agreement (SPPD).
 *
 * @param agreementNumber the number to print, or null to let this module allocate one
 * @param bps the first party, BPS (signed by its head or an authorised officer)
 * @param recipient the second party, the data user
 * @param dataUseAbstract the visitor's statement of intended use (abstraksi penggunaan data)
 * @param place where it is signed (the unit's city by default when null)
 */
public record AgreementData(
    String requestNumber,
    String agreementNumber,
    Instant date,
    AgreementParty bps,
    AgreementParty recipient,
    List<AgreementDataset> datasets,
    String dataUseAbstract,
    String place) implements DocumentData {

  @Override
  public DocumentKind kind() {
    return DocumentKind.USAGE_AGREEMENT;
  }

  @Override
  public String number() {
    return agreementNumber;
  }


  public AgreementData {
    Objects.requireNonNull(requestNumber, "requestNumber");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(bps, "bps");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(dataUseAbstract, "dataUseAbstract");
    datasets = List.copyOf(datasets);
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("an agreement covers at least one dataset");
    }
  }
}
