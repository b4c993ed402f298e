package id.go.bps.pst.visit;

import id.go.bps.pst.order.IdentityType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks identity numbers the way a counter officer would: NIK structure (region, date of birth,
 * serial), passport and SIM formats. Returns a message in Bahasa Indonesia, or empty when valid.
 */
public final class IdentityValidator {

  /** Province codes of the NIK (Dukcapil), including the Papua provinces formed in 2022. */
  private static final Set<Integer> PROVINCES = Set.of(
      11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
      71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97);
  private static final Pattern DIGITS_16 = Pattern.compile("\\d{16}");
  private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,9}");
  private static final Pattern SIM = Pattern.compile("\\d{12,14}");
  private static final Pattern OTHER = Pattern.compile("[A-Za-z0-9./-]{4,32}");

  private IdentityValidator() {}

  /** Removes spaces and dashes people type, and upper-cases letters. */
  public static String normalize(String number) {
    return number == null ? "" : number.replaceAll("[\\s-]", "").toUpperCase();
  }

  public static Optional<String> check(IdentityType type, String rawNumber, LocalDate today) {
    String number = normalize(rawNumber);
    if (type == null) {
      return Optional.of("Pilih jenis kartu identitas.");
    }
    if (number.isEmpty()) {
      return Optional.of("Nomor kartu identitas wajib diisi.");
    }
    if (number.length() > 32) {
      return Optional.of("Nomor kartu identitas terlalu panjang (paling banyak 32 karakter).");
    }
    return switch (type) {
      case KTP -> checkNik(number, today);
      case PASPOR -> PASSPORT.matcher(number).matches() && number.chars().anyMatch(Character::isDigit)
          ? Optional.empty()
          : Optional.of("Nomor paspor harus 6-9 huruf/angka dengan sedikitnya satu angka, misalnya A1234567.");
      case SIM -> SIM.matcher(number).matches()
          ? Optional.empty()
          : Optional.of("Nomor SIM harus 12-14 angka (tanpa huruf), misalnya 1234-5678-9012.");
      case LAINNYA -> OTHER.matcher(number).matches()
          ? Optional.empty()
          : Optional.of("Nomor identitas harus 4-32 huruf/angka.");
    };
  }

  static Optional<String> checkNik(String nik, LocalDate today) {
    if (!DIGITS_16.matcher(nik).matches()) {
      return Optional.of("NIK harus terdiri dari 16 angka (tertulis " + nik.length() + " karakter).");
    }
    int province = Integer.parseInt(nik.substring(0, 2));
    int regency = Integer.parseInt(nik.substring(2, 4));
    int district = Integer.parseInt(nik.substring(4, 6));
    if (!PROVINCES.contains(province) || regency == 0 || district == 0) {
      return Optional.of("Kode wilayah pada NIK (6 angka pertama) tidak dikenal.");
    }
    int day = Integer.parseInt(nik.substring(6, 8));
    int month = Integer.parseInt(nik.substring(8, 10));
    int yy = Integer.parseInt(nik.substring(10, 12));
    if (day > 40) {
      day -= 40; // women: day of birth plus 40
    }
    if (birthDate(day, month, yy, today).isEmpty()) {
      return Optional.of("Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.");
    }
    if (Integer.parseInt(nik.substring(12)) == 0) {
      return Optional.of("Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.");
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> birthDate(int day, int month, int yy, LocalDate today) {
    for (int century : new int[] {2000, 1900}) {
      try {
        LocalDate date = LocalDate.of(century + yy, month, day);
        if (!date.isAfter(today)) {
          return Optional.of(date);
        }
      } catch (DateTimeException impossible) {
        // try the other century, then give up
      }
    }
    return Optional.empty();
  }
}
