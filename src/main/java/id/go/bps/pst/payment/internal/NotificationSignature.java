package id.go.bps.pst.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bank notification signature: hex HMAC-SHA256 over {@code timestamp + "." + rawBody} with the
 * shared secret, where timestamp is the {@code X-PST-Timestamp} header exactly as sent.
 */
public final class NotificationSignature {

  private static final String ALGORITHM = "HmacSHA256";

  private NotificationSignature() {}

  /** The lower-case hex signature of the body (used by the sender, and by tests). */
  public static String sign(String secret, String timestamp, byte[] rawBody) {
    return HexFormat.of().formatHex(mac(secret, timestamp, rawBody));
  }

  /** Constant-time check of a hex signature (either case). */
  static boolean verify(String secret, String timestamp, byte[] rawBody, String hexSignature) {
    if (hexSignature == null) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(hexSignature.strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(mac(secret, timestamp, rawBody), given);
  }

  private static byte[] mac(String secret, String timestamp, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return mac.doFinal(rawBody);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
