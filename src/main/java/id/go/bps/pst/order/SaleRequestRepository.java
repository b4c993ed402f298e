package id.go.bps.pst.order;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SaleRequestRepository extends JpaRepository<SaleRequest, Long> {
  Optional<SaleRequest> findByRequestNumber(String requestNumber);
}
