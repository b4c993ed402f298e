package id.go.bps.pst.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.bps.pst.common.CodeLabels;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentStatus;
import id.go.bps.pst.notification.MailStatus;
import id.go.bps.pst.notification.MailType;
import id.go.bps.pst.order.RequestStatus;
import id.go.bps.pst.payment.BillingStatus;
import id.go.bps.pst.payment.PaymentMethod;
import id.go.bps.pst.payment.ReceiptMethod;
import id.go.bps.pst.payment.ReconciliationReport;
import id.go.bps.pst.payment.RefundDecision;
import id.go.bps.pst.rating.SurveySource;
import id.go.bps.pst.tariff.UserCategory;
import id.go.bps.pst.visit.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code of the modules that a page shows has an Indonesian label in the one place. */
class CodeLabelsTest {

  @Test
  void everyShownCodeHasALabel() {
    List<Enum<?>> codes = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(PaymentMethod.class, ReceiptMethod.class, BillingStatus.class,
        RefundDecision.Decision.class, ReconciliationReport.MismatchKind.class, MailStatus.class, MailType.class,
        DocumentStatus.class, DocumentKind.class, SurveySource.class, UserCategory.class, Ticket.Status.class,
        id.go.bps.pst.catalog.PublicationFormat.class)) {
      codes.addAll(List.of(type.getEnumConstants()));
    }
    for (Enum<?> code : codes) {
      assertThat(CodeLabels.has(code.name())).as(code.getDeclaringClass().getSimpleName() + "." + code).isTrue();
    }
    for (RequestStatus status : RequestStatus.values()) {
      assertThat(CodeLabels.has("STATUS_" + status.name())).as("STATUS_" + status).isTrue();
    }
    for (String product : List.of("PUBLICATION", "MICRODATA", "MAP", "TASK_COMPLETED", "PRICED", "REGISTERED")) {
      assertThat(CodeLabels.has(product)).as(product).isTrue();
    }
  }
}
