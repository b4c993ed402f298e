package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.document.UploadRefusedException;
import id.go.bps.pst.document.internal.UploadChecks.FileType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The name of an uploaded file, without Spring: cleaned to a safe base name, refused only when nothing is left. */
class UploadChecksTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "laporan..final.pdf | laporan.final.pdf",
      "C:\\Users\\ani\\KTP.pdf | KTP.pdf",
      "a:b.pdf | a_b.pdf",
      "../../etc/passwd | passwd.pdf",
      "/home/ani/Surat Pengantar (final).PDF | Surat Pengantar (final).pdf",
      "~$draft.docx.pdf | __draft.docx.pdf",
      "scan:01?.jpeg | scan_01_.pdf",
      ".bashrc | bashrc.pdf",
      "KTP ani  .pdf | KTP ani.pdf",
      "Kartu_Keluarga-2026.pdf | Kartu_Keluarga-2026.pdf",
      "Ijazah Ñoño é.pdf | Ijazah Ñoño é.pdf",
      "\uD83D\uDCC4.pdf | berkas.pdf"})
  void aNameIsCleanedToASafeBaseName(String typed, String stored) {
    assertThat(UploadChecks.sanitiseName(typed, FileType.PDF)).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../", "C:\\", "...", " . ", "a/b/"})
  void aNameOfWhichNothingIsLeftIsRefused(String typed) {
    assertThatThrownBy(() -> UploadChecks.sanitiseName(typed, FileType.PNG))
        .isInstanceOfSatisfying(UploadRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.BAD_NAME));
  }

  @org.junit.jupiter.api.Test
  void noNameAtAllIsBerkas() {
    assertThat(UploadChecks.sanitiseName(null, FileType.JPEG)).isEqualTo("berkas.jpg");
    assertThat(UploadChecks.sanitiseName("  ", FileType.PNG)).isEqualTo("berkas.png");
  }
}
