package id.go.bps.pst.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** processes/required-documents.dmn, hit policy COLLECT: every rule row. */
class RequiredDocumentsDecisionTest {

  static final DmnTestSupport DMN = new DmnTestSupport();
  static final DmnDecision DECISION = DMN.parse("processes/required-documents.dmn", "required-documents");

  static List<String> documents(UserCategory category, boolean commercial, boolean microdata, boolean publication, boolean map) {
    return DMN.engine.evaluateDecision(DECISION, Variables.createVariables()
            .putValue("userCategory", category.name()).putValue("commercial", commercial)
            .putValue("hasMicrodata", microdata).putValue("hasPublication", publication).putValue("hasMap", map))
        .collectEntries("documentCode");
  }

  @Test
  void individualBuyingAPublicationShowsOnlyAnIdentityCard() {
    assertThat(documents(UserCategory.INDIVIDUAL, false, false, true, false)).containsExactly("IDENTITY_CARD");
  }

  @Test
  void microdataNeedsNoDataUseAbstractDocument() {
    // the abstract is typed in the visitor's terms step (dataUseAbstract) and printed on the usage agreement the
    // visitor signs: it is not a document to hand over or upload as well
    assertThat(documents(UserCategory.INDIVIDUAL, true, true, false, false)).containsExactly("IDENTITY_CARD");
  }

  @Test
  void governmentAgencyNonCommercialNeedsRp0LetterAndIntroductionLetter() {
    assertThat(documents(UserCategory.GOVERNMENT_AGENCY, false, true, false, true)).containsExactly(
        "IDENTITY_CARD", "ZERO_TARIFF_LETTER", "INTRODUCTION_LETTER");
  }

  @Test
  void everyRp0CategoryNeedsTheRp0LetterOnlyWhenNonCommercial() {
    for (UserCategory c : List.of(UserCategory.STATE_INSTITUTION, UserCategory.FOREIGN_MISSION,
        UserCategory.INTERNATIONAL_BODY, UserCategory.EDUCATIONAL_INSTITUTION)) {
      assertThat(documents(c, false, false, true, false)).as(c.name())
          .containsExactly("IDENTITY_CARD", "ZERO_TARIFF_LETTER", "INTRODUCTION_LETTER");
      assertThat(documents(c, true, false, true, false)).as(c.name())
          .containsExactly("IDENTITY_CARD", "INTRODUCTION_LETTER");
    }
  }

  @Test
  void privateCompanyNeedsAnIntroductionLetterButNoRp0Letter() {
    assertThat(documents(UserCategory.PRIVATE, false, false, false, true))
        .containsExactly("IDENTITY_CARD", "INTRODUCTION_LETTER");
  }

  @Test
  void studentNeedsStudentCardAndForMicrodataAResearchLetter() {
    assertThat(documents(UserCategory.STUDENT, false, false, true, false))
        .containsExactly("IDENTITY_CARD", "STUDENT_CARD");
    assertThat(documents(UserCategory.STUDENT, false, true, false, false))
        .containsExactly("IDENTITY_CARD", "STUDENT_CARD", "RESEARCH_LETTER");
  }

  @Test
  void documentNamesAreIndonesian() {
    var result = DMN.engine.evaluateDecision(DECISION, Variables.createVariables()
        .putValue("userCategory", "STUDENT").putValue("commercial", false)
        .putValue("hasMicrodata", true).putValue("hasPublication", false).putValue("hasMap", false));
    assertThat(result.<String>collectEntries("documentName")).containsExactly(
        "Kartu identitas (KTP/SIM/Paspor)", "Kartu tanda mahasiswa",
        "Surat keterangan penelitian dari perguruan tinggi");
  }

  @AfterAll
  static void everyRuleRowWasMatched() {
    assertThat(DMN.matchedRules).containsAll(DmnTestSupport.ruleIds(DECISION));
  }
}
