package id.go.bps.pst.payment.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReceiptRepository extends JpaRepository<ReceiptEntity, Long> {

  /** JPQL: Hibernate keeps its translation (a derived query is translated on every call; issue 13). */
  @Query("select r from ReceiptEntity r where r.requestNumber = :requestNumber")
  Optional<ReceiptEntity> findByRequestNumber(@Param("requestNumber") String requestNumber);

  Optional<ReceiptEntity> findByReceiptNumber(String receiptNumber);

  List<ReceiptEntity> findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIssuedAtAscIdAsc(Instant from, Instant to);

  List<ReceiptEntity> findByRequestNumberIn(Collection<String> requestNumbers);
}
