package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.PaymentMethod;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentRepository extends JpaRepository<PaymentEntity, Long> {

  /** JPQL: Hibernate keeps its translation (a derived query is translated on every call; issue 13). */
  @Query("select p from PaymentEntity p where p.requestNumber = :requestNumber")
  Optional<PaymentEntity> findByRequestNumber(@Param("requestNumber") String requestNumber);

  Optional<PaymentEntity> findByBillingCode(String billingCode);

  List<PaymentEntity> findByMethodAndPaidAtGreaterThanEqualAndPaidAtLessThanOrderByPaidAtAscIdAsc(
      PaymentMethod method, Instant from, Instant to);

  List<PaymentEntity> findByRequestNumberIn(Collection<String> requestNumbers);

  /**
   * Marks that the refund decision for the payment's transfer surplus was opened; a row lock makes it happen once
   * (a concurrent or repeated call updates nothing).
   *
   * @return 1 when this call opened it, 0 when there is no surplus or it was opened before
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update PaymentEntity p set p.surplusRefundRequestedAt = :now where p.requestNumber = :requestNumber"
      + " and p.surplusRefundRequestedAt is null and p.amountReceived > p.amount")
  int openSurplusRefund(@Param("requestNumber") String requestNumber, @Param("now") Instant now);
}
