package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityMaskTest {

  @Test
  void masksIdentityNumbersThatArriveUnmasked() {
    assertThat(IdentityMask.ensureMasked("6503012345670001")).isEqualTo("6503********0001");
    assertThat(IdentityMask.ensureMasked("6503********0001")).isEqualTo("6503********0001");
    assertThat(IdentityMask.ensureMasked(null)).isEqualTo("-");
  }
}
