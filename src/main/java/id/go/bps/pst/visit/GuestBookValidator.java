package id.go.bps.pst.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    String name = trim(e.name());
    if (name.isEmpty()) {
      errors.add("Nama wajib diisi.");
    } else if (name.length() > MAX_NAME) {
      errors.add("Nama terlalu panjang: paling banyak " + MAX_NAME + " karakter (tertulis " + name.length() + ").");
    } else if (MARKUP.matcher(name).find()) {
      errors.add("Nama tidak boleh berisi kode atau tanda < > { } (misalnya tag <script>).");
    } else if (!NAME.matcher(name).matches()) {
      errors.add("Nama hanya boleh berisi huruf, spasi dan tanda . , ' - (2-120 karakter).");
    }
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
    String institution = trim(e.institution());
    if (institution.length() > MAX_INSTITUTION || MARKUP.matcher(institution).find()) {
      errors.add("Nama instansi paling panjang 200 karakter, tanpa tanda < > { }.");
    }
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

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
