package id.go.bps.pst.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequiredDocumentRepository extends JpaRepository<RequiredDocumentEntity, Long> {

  List<RequiredDocumentEntity> findByRequestNumberOrderById(String requestNumber);

  void deleteByRequestNumber(String requestNumber);
}
