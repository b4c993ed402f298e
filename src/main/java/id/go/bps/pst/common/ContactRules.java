package id.go.bps.pst.common;

import java.util.regex.Pattern;

/**
 * How a member of the public's name, e-mail and phone are checked wherever they can be answered: a complaint, and a
 * survey comment that asks for follow-up (which becomes a complaint). One set of rules, so a survey never accepts a
 * contact that its complaint then refuses (the respondent was told "we will follow up" and nothing was filed).
 */
public final class ContactRules {

  public static final int MAX_NAME = 120;
  public static final int MAX_EMAIL = 254;
  /** Letters first; then letters, marks, spaces and . , ' ’ - (2 to 120 characters). */
  public static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .,'’-]{1,119}");
  public static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  /** After {@link #phoneDigits}: 9 to 15 digits, a leading + allowed. */
  public static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");

  private ContactRules() {
  }

  /** A phone number as typed ("0812-5565 0671", "(0552) 21234") without its spaces, brackets, dots and dashes. */
  public static String phoneDigits(String phone) {
    return phone == null ? null : phone.replaceAll("[\\s().-]", "");
  }
}
