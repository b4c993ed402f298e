package id.go.bps.pst.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification codes use one fixed mask pattern instead of ZXing's search over all eight
 * ({@link QrCodes#MASK_PATTERN}); a plain reader without extra effort must still read them, for
 * verification URLs of every length a unit's base URL gives.
 */
class QrCodesTest {

  static Stream<String> urls() {
    return Stream.of(
        "https://pst.example.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUvWxYz0",
        "http://localhost:8080/verifikasi/0123456789abcdefghijKLMNOP_-x",
        "https://penjualan-produk-statistik.tanatidungkab.bps.go.id/pst/verifikasi/ZZZZZZZZZZZZZZZZZZZZZZZZZZ9");
  }

  @ParameterizedTest
  @MethodSource("urls")
  void aPlainReaderReadsTheCode(String url) throws Exception {
    BitMatrix m = QrCodes.matrix(url);
    assertThat(new QRCodeReader().decode(bitmap(m, 4)).getText()).isEqualTo(url);
    // and the symbol alone, as the decoder reads it after locating it
    assertThat(new Decoder().decode(pure(m)).getText()).isEqualTo(url);
  }

  /** The matrix drawn black on white, each module scale × scale pixels (it has a quiet zone of one). */
  private static BinaryBitmap bitmap(BitMatrix m, int scale) {
    int n = m.getWidth() + 8;
    int px = n * scale;
    int[] pixels = new int[px * px];
    for (int y = 0; y < px; y++) {
      for (int x = 0; x < px; x++) {
        int mx = x / scale - 4;
        int my = y / scale - 4;
        boolean black = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
        pixels[y * px + x] = black ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
  }

  /** The symbol without its quiet zone, as the decoder takes it. */
  private static BitMatrix pure(BitMatrix m) {
    int[] rect = m.getEnclosingRectangle();
    BitMatrix out = new BitMatrix(rect[2], rect[3]);
    for (int y = 0; y < rect[3]; y++) {
      for (int x = 0; x < rect[2]; x++) {
        if (m.get(rect[0] + x, rect[1] + y)) {
          out.set(x, y);
        }
      }
    }
    return out;
  }
}
