package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.RefundCause;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RefundDecisionRepository extends JpaRepository<RefundDecisionEntity, Long> {

  Optional<RefundDecisionEntity> findByRequestNumberAndCause(String requestNumber, RefundCause cause);

  List<RefundDecisionEntity> findByRequestNumberInAndCause(Collection<String> requestNumbers, RefundCause cause);
}
