package id.go.bps.pst.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {
  List<RequestEvent> findByRequestNumberOrderByOccurredAtAscIdAsc(String requestNumber);
}
