package id.go.bps.pst.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates a guest book entry and lists every problem in words a visitor understands. */
public final class GuestBookValidator {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .,'-]{1,119}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]{8,20}");
  private static final Pattern MARKUP = Pattern.compile("[<>{}]");

  /** Longest name, e-mail, phone, institution and purpose the guest book takes. */
  public static final int MAX_NAME = 120;
  public static final int MAX_EMAIL = 254;
  public static final int MAX_INSTITUTION = 200;
  public static final int MAX_PURPOSE = 1000;

  private GuestBookValidator() {}

  public static List<String> validate(GuestBookEntry e, Set<String> userCategories, LocalDate today) {
    List<String> errors = new ArrayList<>();
    nameProblem(e.name()).ifPresent(errors::add);
    IdentityValidator.check(e.identityType(), e.identityNumber(), today).ifPresent(errors::add);
    String email = trim(e.email());
    if (email.isEmpty()) {
      errors.add("Alamat e-mail wajib diisi: layanan dikirim melalui e-mail.");
    } else if (email.length() > MAX_EMAIL) {
      errors.add("Alamat e-mail terlalu panjang: paling banyak " + MAX_EMAIL + " karakter.");
    } else if (!EMAIL.matcher(email).matches()) {
      errors.add("Alamat e-mail tidak valid, contoh: nama@contoh.go.id.");
    }
    String phone = trim(e.phone());
    if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
      errors.add("Nomor telepon harus 8-20 angka, contoh: 0812-5565-0671.");
    }
    institutionProblem(e.institution()).ifPresent(errors::add);
    if (e.userCategory() == null || !userCategories.contains(e.userCategory())) {
      errors.add("Pilih kategori pengguna layanan.");
    }
    String purpose = trim(e.visitPurpose());
    if (purpose.length() > MAX_PURPOSE || MARKUP.matcher(purpose).find()) {
      errors.add("Tujuan kunjungan paling panjang 1000 karakter, tanpa tanda < > { }.");
    }
    if (!e.consent()) {
      errors.add("Persetujuan pemrosesan data pribadi wajib diberikan untuk dilayani.");
    }
    return errors;
  }

  /**
   * What is wrong with a visitor's name, in the guest book's words; also where a name is corrected later (the
   * officer's invoice correction), so a name that could not be registered cannot be written in afterwards.
   */
  public static Optional<String> nameProblem(String value) {
    String name = trim(value);
    if (name.isEmpty()) {
      return Optional.of("Nama wajib diisi.");
    } else if (name.length() > MAX_NAME) {
      return Optional.of("Nama terlalu panjang: paling banyak " + MAX_NAME + " karakter (tertulis " + name.length()
          + ").");
    } else if (MARKUP.matcher(name).find()) {
      return Optional.of("Nama tidak boleh berisi kode atau tanda < > { } (misalnya tag <script>).");
    } else if (!NAME.matcher(name).matches()) {
      return Optional.of("Nama hanya boleh berisi huruf, spasi dan tanda . , ' - (2-120 karakter).");
    }
    return Optional.empty();
  }

  /** What is wrong with an institution's name (may be empty), as {@link #nameProblem} for names. */
  public static Optional<String> institutionProblem(String value) {
    String institution = trim(value);
    if (institution.length() > MAX_INSTITUTION || MARKUP.matcher(institution).find()) {
      return Optional.of("Nama instansi paling panjang 200 karakter, tanpa tanda < > { }.");
    }
    return Optional.empty();
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
