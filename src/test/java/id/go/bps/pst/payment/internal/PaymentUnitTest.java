package id.go.bps.pst.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rules of the module that need no engine and no database. */
class PaymentUnitTest {

  private final BankNotificationParser parser = new BankNotificationParser(new ObjectMapper());

  @Test
  void signatureIsHmacSha256OverTimestampDotBody() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    // reference value: printf '1764060000.{"a":1}' | openssl dgst -sha256 -hmac secret
    String signature = NotificationSignature.sign("secret", "1764060000", body);
    assertThat(signature).isEqualTo("4f23b588efbf6465bc48ad554e01857c26cca21e7206088bfacef1f9c31f0615");
    assertThat(NotificationSignature.verify("secret", "1764060000", body, signature)).isTrue();
    assertThat(NotificationSignature.verify("secret", "1764060000", body, signature.toUpperCase())).isTrue();
    assertThat(NotificationSignature.verify("secret", "1764060001", body, signature)).isFalse();
    assertThat(NotificationSignature.verify("other", "1764060000", body, signature)).isFalse();
    assertThat(NotificationSignature.verify("secret", "1764060000", body, "zz")).isFalse();
    assertThat(NotificationSignature.verify("secret", "1764060000", body, null)).isFalse();
  }

  @Test
  void rupiahIsWrittenTheIndonesianWay() {
    assertThat(id.go.bps.pst.common.Rupiah.format(0)).isEqualTo("Rp0");
    assertThat(id.go.bps.pst.common.Rupiah.format(70_000)).isEqualTo("Rp70.000");
    assertThat(id.go.bps.pst.common.Rupiah.format(1_250_500)).isEqualTo("Rp1.250.500");
    assertThat(id.go.bps.pst.common.Rupiah.format(-5_000)).isEqualTo("-Rp5.000");
  }

  @Test
  void billingCodesAreFifteenDigitsAndDoNotRepeat() {
    BillingCodeGenerator generator = new BillingCodeGenerator();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = generator.next();
      assertThat(BillingCodeGenerator.isWellFormed(code)).isTrue();
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
    assertThat(BillingCodeGenerator.isWellFormed("12345678901234")).isFalse();
    assertThat(BillingCodeGenerator.isWellFormed("12345678901234x")).isFalse();
  }

  @Test
  void parserReadsAValidNotificationAndRejectsBadOnes() throws Exception {
    BankNotification n = parser.parse(("{\"billingCode\":\"820251234567890\",\"amount\":70000,"
        + "\"paidAt\":\"2026-11-25T10:15:30+08:00\",\"bank\":\"BANK BRI\",\"channel\":\"ATM\","
        + "\"ntb\":\"000123\",\"ntpn\":\"a1b2c3d4e5f6a7b8\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(n.paidAt()).isEqualTo(Instant.parse("2026-11-25T02:15:30Z"));
    assertThat(n.ntpn()).isEqualTo("A1B2C3D4E5F6A7B8");

    assertThatThrownBy(() -> parser.parse("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BankNotificationParser.Malformed.class);
    assertThatThrownBy(() -> parser.parse(("{\"billingCode\":\"820251234567890\",\"amount\":70000.5,"
        + "\"paidAt\":\"2026-11-25T02:15:30Z\",\"bank\":\"B\",\"channel\":\"ATM\",\"ntb\":\"1\","
        + "\"ntpn\":\"A1B2C3D4E5F6A7B8\"}").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> parser.parse(("{\"billingCode\":\"820251234567890\",\"amount\":70000,"
        + "\"paidAt\":\"25-11-2026\",\"bank\":\"B\",\"channel\":\"ATM\",\"ntb\":\"1\","
        + "\"ntpn\":\"A1B2C3D4E5F6A7B8\"}").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("paidAt");
    assertThat(parser.loggable("{\"billingCode\":\"<script>\",\"amount\":5}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new BankNotificationParser.Loggable(null, 5L));
  }

  @Test
  void productKindsAreNormalised() {
    assertThat(ReceiptServiceImpl.normaliseProductKinds(" publication, microdata;PUBLICATION "))
        .isEqualTo("MICRODATA, PUBLICATION");
    assertThat(ReceiptServiceImpl.normaliseProductKinds(" , ")).isNull();
    assertThat(ReceiptServiceImpl.normaliseProductKinds(null)).isNull();
  }
}
