package id.go.bps.pst.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequiredDocumentRepository extends JpaRepository<RequiredDocumentEntity, Long> {

  List<RequiredDocumentEntity> findByRequestNumberOrderById(String requestNumber);

  void deleteByRequestNumber(String requestNumber);
}
