package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.PaymentMethod;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<PaymentEntity, Long> {

  Optional<PaymentEntity> findByRequestNumber(String requestNumber);

  Optional<PaymentEntity> findByBillingCode(String billingCode);

  List<PaymentEntity> findByMethodAndPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAtAscIdAsc(
      PaymentMethod method, Instant from, Instant to);

  List<PaymentEntity> findByRequestNumberIn(Collection<String> requestNumbers);
}
