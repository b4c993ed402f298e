package id.go.bps.pst.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestEventRepository extends JpaRepository<RequestEventEntity, Long> {
  List<RequestEventEntity> findByRequestNumberOrderByOccurredAtAscIdAsc(String requestNumber);
}
