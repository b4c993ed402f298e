package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.PaymentException;
import java.util.regex.Pattern;

/** Argument checks that fail with a {@link PaymentException} in Bahasa Indonesia. */
final class Checks {

  static final Pattern UNIT_CODE = Pattern.compile("\\d{4}");

  private Checks() {}

  static String required(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new PaymentException(what + " wajib diisi.");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new PaymentException(what + " terlalu panjang (maksimal " + maxLength + " karakter).");
    }
    return trimmed;
  }

  static String optional(String value, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return required(value, what, maxLength);
  }

  static String unitCode(String value) {
    String code = required(value, "Kode satker", 10);
    if (!UNIT_CODE.matcher(code).matches()) {
      throw new PaymentException("Kode satker harus 4 angka.");
    }
    return code;
  }

  static String requestNumber(String value) {
    return required(value, "Nomor permintaan", 32);
  }
}
