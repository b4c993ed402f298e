package id.go.bps.pst.visit;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.order.IdentityType;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules without the engine: what is accepted (women's NIK, passports, SIM) and what is not. */
class GuestBookValidatorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final Set<String> CATEGORIES = Set.of("INDIVIDUAL", "STUDENT");

  static GuestBookEntry entry(IdentityType type, String number) {
    return new GuestBookEntry("Siti Aminah", type, number, "siti@example.com", "0812 5565 0671", "UBT",
        "STUDENT", "Penelitian", true);
  }

  @Test
  void acceptsRealisticIdentities() {
    assertThat(GuestBookValidator.validate(entry(IdentityType.KTP, "6503011507900001"), CATEGORIES, TODAY)).isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.KTP, "6503 0155 0790 0001"), CATEGORIES, TODAY))
        .as("woman born 15 July 1990: day written 55").isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.KTP, "6503017102000001"), CATEGORIES, TODAY))
        .as("woman born 31 February? no: 71-40 = 31, month 02").isNotEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.KTP, "6503016902000001"), CATEGORIES, TODAY))
        .as("woman born 29 February 2000 (leap year)").isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.PASPOR, "a1234567"), CATEGORIES, TODAY)).isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.PASPOR, "X9876543"), CATEGORIES, TODAY)).isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.SIM, "1234-5678-9012"), CATEGORIES, TODAY)).isEmpty();
    assertThat(GuestBookValidator.validate(entry(IdentityType.LAINNYA, "KITAS-2C21AB0001"), CATEGORIES, TODAY))
        .isEmpty();
  }

  @Test
  void aNikBornInTheFutureOfBothCenturiesIsImpossible() {
    // day 10, month 12, year "26": 10 December 2026 is after today, 1926 is possible
    assertThat(IdentityValidator.check(IdentityType.KTP, "6503011012260001", TODAY)).isEmpty();
    assertThat(IdentityValidator.check(IdentityType.KTP, "6503010000900001", TODAY)).get().asString()
        .contains("Tanggal lahir");
  }

  @Test
  void listsEveryProblemAtOnce() {
    GuestBookEntry bad = new GuestBookEntry("<b>x</b>", IdentityType.KTP, "123", "x@", "abc", "", null, "", false);
    assertThat(GuestBookValidator.validate(bad, CATEGORIES, TODAY)).hasSize(6);
  }

  @Test
  void neverPrintsTheIdentityNumber() {
    assertThat(entry(IdentityType.KTP, "6503011507900001").toString()).doesNotContain("6503011507900001");
  }
}
