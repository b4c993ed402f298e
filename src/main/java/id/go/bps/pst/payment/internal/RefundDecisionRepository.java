package id.go.bps.pst.payment.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RefundDecisionRepository extends JpaRepository<RefundDecisionEntity, Long> {

  Optional<RefundDecisionEntity> findByRequestNumber(String requestNumber);
}
