package id.go.bps.pst.payment.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationLogRepository extends JpaRepository<NotificationLogEntity, Long> {

  List<NotificationLogEntity> findByOutcomeAndReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByReceivedAtAscIdAsc(
      String outcome, Instant from, Instant to);

  List<NotificationLogEntity> findByBillingCodeOrderByIdAsc(String billingCode);
}
