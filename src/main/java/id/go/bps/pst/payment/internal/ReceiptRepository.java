package id.go.bps.pst.payment.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReceiptRepository extends JpaRepository<ReceiptEntity, Long> {

  Optional<ReceiptEntity> findByRequestNumber(String requestNumber);

  Optional<ReceiptEntity> findByReceiptNumber(String receiptNumber);

  List<ReceiptEntity> findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIssuedAtAscIdAsc(Instant from, Instant to);

  List<ReceiptEntity> findByRequestNumberIn(Collection<String> requestNumbers);
}
