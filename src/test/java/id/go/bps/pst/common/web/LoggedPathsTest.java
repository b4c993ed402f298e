package id.go.bps.pst.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whoever reads the log cannot open a visitor's portal or pair a counter screen from it. */
class LoggedPathsTest {

  @Test
  void signaturesAreLeftOutOfLoggedPaths() {
    assertThat(InputProblemHandler.withoutSecrets(
        "/portal/6503-2026-000002.1798866769.dX9DW_1l8Bv2dO7G0nkh9zIJaTMl5Zy-FPH8mgSpYcU/dokumen/abc"))
        .isEqualTo("/portal/6503-2026-000002.1798866769.…/dokumen/abc");
    assertThat(InputProblemHandler.withoutSecrets("/loket/layar/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/langkah/1"))
        .isEqualTo("/loket/layar/…/langkah/1");
    assertThat(InputProblemHandler.withoutSecrets("/laporan/permintaan/6503-2026-000002"))
        .isEqualTo("/laporan/permintaan/6503-2026-000002");
    assertThat(InputProblemHandler.withoutSecrets("/api/tasks/0c9f1e2a-eed3-11f1-8a64-02fc00000001"))
        .isEqualTo("/api/tasks/0c9f1e2a-eed3-11f1-8a64-02fc00000001");
  }
}
