package id.go.bps.pst.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.common.ProductType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/** The order module's public records: immutable snapshots that keep personal data out of logs. */
class SaleRequestTest {

  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

  static SaleRequest request(List<OrderLine> lines, boolean mayApply, boolean requested, boolean approved) {
    return new SaleRequest("6501-2026-000001", "6501", "pi-1", "Siti Aminah", "siti@example.org", "081234567890",
        IdentityType.KTP, "6501014101900001", "Universitas Borneo", "MAHASISWA", "Skripsi", false, "A001",
        RequestStatus.REGISTERED, "baru", "PP13-2024", "PP 13/2024", 150000L, false, mayApply, "Mahasiswa", requested,
        approved, "petugas1", "Loket 1", false, NOW, NOW, lines);
  }

  static OrderLine line(ProductType type) {
    return new OrderLine(1, type, "p-1", "Statistik Daerah", "PDF", 1, null, null, false, 150000L, 150000L, null);
  }

  @Test
  void toStringLeavesOutIdentityNumberPhoneAndEmail() {
    String text = request(List.of(line(ProductType.PUBLICATION)), false, false, false).toString();

    assertThat(text).contains("6501-2026-000001").doesNotContain("6501014101900001").doesNotContain("081234567890")
        .doesNotContain("siti@example.org").doesNotContain("Siti Aminah");
  }

  @Test
  void masksTheIdentityNumber() {
    SaleRequest request = request(List.of(), false, false, false);

    assertThat(request.maskedIdentityNumber()).isNotEqualTo(request.identityNumber()).doesNotContain("101900001");
  }

  @Test
  void zeroTariffIsGrantedOnlyWhenEligibleRequestedAndApproved() {
    assertThat(request(List.of(), true, true, true).zeroTariffGranted()).isTrue();
    assertThat(request(List.of(), false, true, true).zeroTariffGranted()).isFalse();
    assertThat(request(List.of(), true, false, true).zeroTariffGranted()).isFalse();
    assertThat(request(List.of(), true, true, false).zeroTariffGranted()).isFalse();
  }

  @Test
  void linesAreACopyThatCannotBeChanged() {
    List<OrderLine> lines = new ArrayList<>(List.of(line(ProductType.MICRODATA)));
    SaleRequest request = request(lines, false, false, false);
    lines.clear();

    assertThat(request.lines()).hasSize(1);
    assertThat(request.hasProductType(ProductType.MICRODATA)).isTrue();
    assertThat(request.hasProductType(ProductType.PUBLICATION)).isFalse();
    assertThatThrownBy(() -> request.lines().add(line(ProductType.PUBLICATION)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** The templates (Thymeleaf on SpEL) read record components as properties: {@code request.requestNumber}. */
  @Test
  void templatesReadTheRecordsAsProperties() {
    SaleRequest request = request(List.of(line(ProductType.PUBLICATION)), true, true, true);
    SpelExpressionParser spel = new SpelExpressionParser();
    StandardEvaluationContext context = new StandardEvaluationContext(request);

    for (String property : List.of("requestNumber", "status", "statusReason", "visitorName", "identityType",
        "institution", "userCategory", "ticketNumber", "createdAt", "legalBasis", "totalAmount", "zeroTariff",
        "lines")) {
      assertThat(spel.parseExpression(property).getValue(context)).as(property).isNotNull()
          .isEqualTo(spel.parseExpression(property + "()").getValue(context));
    }
    assertThat(spel.parseExpression("maskedIdentityNumber").getValue(context)).isEqualTo("6501**********01");
    assertThat(spel.parseExpression("zeroTariffGranted").getValue(context)).isEqualTo(true);
    assertThat(spel.parseExpression("lines[0].description + '/' + lines[0].lineNo + '/' + lines[0].quantity + '/'"
        + " + lines[0].productFormat + '/' + lines[0].productType + '/' + lines[0].amount").getValue(context))
        .isEqualTo("Statistik Daerah/1/1/PDF/PUBLICATION/150000");
    assertThat(spel.parseExpression("action + ' ' + actor + ' ' + detail")
        .getValue(new StandardEvaluationContext(new RequestEvent("n", NOW, "petugas1", "X", "d")))).isEqualTo("X petugas1 d");
  }

  @Test
  void auditDetailIsCutToTheColumnSize() {
    assertThat(new RequestEvent("n", NOW, "a", "X", "d".repeat(2500)).detail()).hasSize(2000);
  }
}
