package id.go.bps.pst.document.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Makes verification codes (random, URL-safe, 160 bits) and the public URLs that print them. */
@Component
public class VerificationLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String publicBaseUrl;

  public VerificationLinks(@Value("${pst.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
  }

  public String newCode() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String url(String code) {
    return publicBaseUrl + "/verifikasi/" + code;
  }

  /** Whether a string can be a verification code at all (cheap guard before a lookup). */
  public static boolean looksLikeCode(String code) {
    return code != null && code.matches("[A-Za-z0-9_-]{16,64}");
  }
}
