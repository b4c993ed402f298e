package id.go.bps.pst.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** processes/zero-tariff.dmn, hit policy FIRST: every rule row. */
class ZeroTariffDecisionTest {

  static final DmnTestSupport DMN = new DmnTestSupport();
  static final DmnDecision DECISION = DMN.parse("processes/zero-tariff.dmn", "zero-tariff");

  static DmnDecisionResultEntries evaluate(UserCategory category, boolean commercial) {
    return DMN.engine.evaluateDecision(DECISION, Variables.createVariables()
        .putValue("userCategory", category.name()).putValue("commercial", commercial)).getSingleResult();
  }

  @ParameterizedTest
  @EnumSource(UserCategory.class)
  void commercialUseNeverGetsRp0(UserCategory category) {
    DmnDecisionResultEntries result = evaluate(category, true);
    assertThat((Boolean) result.getEntry("zeroTariffMayApply")).isFalse();
    assertThat((String) result.getEntry("zeroTariffBasis")).contains("komersial");
  }

  @ParameterizedTest
  @EnumSource(value = UserCategory.class,
      names = {"GOVERNMENT_AGENCY", "STATE_INSTITUTION", "FOREIGN_MISSION", "INTERNATIONAL_BODY", "EDUCATIONAL_INSTITUTION"})
  void namedPartiesMayGetRp0ForNonCommercialUse(UserCategory category) {
    DmnDecisionResultEntries result = evaluate(category, false);
    assertThat((Boolean) result.getEntry("zeroTariffMayApply")).isTrue();
    assertThat((String) result.getEntry("zeroTariffBasis")).startsWith("Pasal 4 PP 13/2024 jo. Peraturan BPS");
  }

  @Test
  void studentAloneDoesNotGetRp0() {
    DmnDecisionResultEntries result = evaluate(UserCategory.STUDENT, false);
    assertThat((Boolean) result.getEntry("zeroTariffMayApply")).isFalse();
    assertThat((String) result.getEntry("zeroTariffBasis")).contains("lembaga pendidikannya");
  }

  @ParameterizedTest
  @EnumSource(value = UserCategory.class, names = {"PRIVATE", "INDIVIDUAL", "OTHER"})
  void otherCategoriesPayTheFullTariff(UserCategory category) {
    DmnDecisionResultEntries result = evaluate(category, false);
    assertThat(Map.copyOf(result)).containsEntry("zeroTariffMayApply", false);
    assertThat((String) result.getEntry("zeroTariffBasis")).startsWith("Kategori pengguna tidak termasuk");
  }

  @AfterAll
  static void everyRuleRowWasMatched() {
    assertThat(DMN.matchedRules).containsAll(DmnTestSupport.ruleIds(DECISION));
  }
}
