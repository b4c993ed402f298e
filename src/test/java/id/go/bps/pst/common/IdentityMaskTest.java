package id.go.bps.pst.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityMaskTest {

  @Test
  void keepsFourAndTwoAndNeverMasksTwice() {
    assertThat(IdentityMask.mask("6503012345670001")).isEqualTo("6503**********01");
    assertThat(IdentityMask.mask(" A1234567 ")).isEqualTo("A123**67");
    assertThat(IdentityMask.mask("123456")).isEqualTo("******");
    assertThat(IdentityMask.mask("6503********0001")).isEqualTo("6503********0001");
    assertThat(IdentityMask.mask(null)).isEmpty();
    assertThat(IdentityMask.maskOrDash(null)).isEqualTo("-");
    assertThat(IdentityMask.maskOrDash("6503012345670001")).isEqualTo("6503**********01");
  }
}
