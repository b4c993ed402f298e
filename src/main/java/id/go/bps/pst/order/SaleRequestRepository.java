package id.go.bps.pst.order;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SaleRequestRepository extends JpaRepository<SaleRequest, Long> {

  /** With its lines: callers outside a transaction (pages, portal) read them too. */
  @EntityGraph(attributePaths = "lines")
  Optional<SaleRequest> findByRequestNumber(String requestNumber);
}
