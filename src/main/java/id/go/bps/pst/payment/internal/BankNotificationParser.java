package id.go.bps.pst.payment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/** Reads the JSON body of a bank notification strictly, with messages in Bahasa Indonesia. */
final class BankNotificationParser {

  static final int MAX_BODY_BYTES = 16 * 1024;
  private static final Pattern NTPN = Pattern.compile("[0-9A-Za-z]{16}");
  private static final Pattern LOGGABLE_CODE = Pattern.compile("[0-9A-Za-z-]{1,32}");

  /** The body is not a valid notification. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** What may be logged of an unverified body: a plausible billing code and amount, nothing else. */
  record Loggable(String billingCode, Long amount) {}

  private final ObjectMapper mapper;

  BankNotificationParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  BankNotification parse(byte[] body) throws Malformed {
    if (body == null || body.length == 0) {
      throw new Malformed("Isi notifikasi kosong.");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new Malformed("Isi notifikasi terlalu besar.");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Malformed("Isi notifikasi bukan JSON yang sah.");
    } catch (IOException e) {
      throw new Malformed("Isi notifikasi tidak dapat dibaca.");
    }
    if (root == null || !root.isObject()) {
      throw new Malformed("Isi notifikasi harus berupa objek JSON.");
    }
    String billingCode = text(root, "billingCode", 15);
    if (!BillingCodeGenerator.isWellFormed(billingCode)) {
      throw new Malformed("billingCode harus 15 angka.");
    }
    JsonNode amountNode = root.get("amount");
    if (amountNode == null || !amountNode.isIntegralNumber() || !amountNode.canConvertToLong()) {
      throw new Malformed("amount wajib berupa bilangan bulat rupiah.");
    }
    long amount = amountNode.longValue();
    if (amount <= 0) {
      throw new Malformed("amount harus lebih dari 0.");
    }
    Instant paidAt = instant(text(root, "paidAt", 40));
    String bank = text(root, "bank", 64);
    String channel = text(root, "channel", 32);
    String ntb = text(root, "ntb", 64);
    String ntpn = text(root, "ntpn", 16);
    if (!NTPN.matcher(ntpn).matches()) {
      throw new Malformed("ntpn harus 16 karakter huruf/angka.");
    }
    return new BankNotification(billingCode, amount, paidAt, bank, channel, ntb, ntpn.toUpperCase(java.util.Locale.ROOT));
  }

  /** Best effort, for the log of a refused notification; never throws. */
  Loggable loggable(byte[] body) {
    if (body == null || body.length == 0 || body.length > MAX_BODY_BYTES) {
      return new Loggable(null, null);
    }
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || !root.isObject()) {
        return new Loggable(null, null);
      }
      JsonNode code = root.get("billingCode");
      String billingCode = code != null && code.isTextual() && LOGGABLE_CODE.matcher(code.textValue()).matches()
          ? code.textValue()
          : null;
      JsonNode amount = root.get("amount");
      Long value = amount != null && amount.isIntegralNumber() && amount.canConvertToLong() ? amount.longValue() : null;
      return new Loggable(billingCode, value);
    } catch (IOException | RuntimeException e) {
      return new Loggable(null, null);
    }
  }

  private static String text(JsonNode root, String field, int maxLength) throws Malformed {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual() || node.textValue().isBlank()) {
      throw new Malformed(field + " wajib diisi (teks).");
    }
    String value = node.textValue().strip();
    if (value.length() > maxLength) {
      throw new Malformed(field + " terlalu panjang (maksimal " + maxLength + " karakter).");
    }
    return value;
  }

  private static Instant instant(String value) throws Malformed {
    try {
      return Instant.parse(value);
    } catch (DateTimeException notUtc) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeException e) {
        throw new Malformed("paidAt harus waktu ISO-8601 dengan zona, misalnya 2026-11-25T02:15:00Z.");
      }
    }
  }
}
