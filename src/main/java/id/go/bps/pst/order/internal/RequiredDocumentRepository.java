package id.go.bps.pst.order.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RequiredDocumentRepository extends JpaRepository<RequiredDocumentEntity, Long> {

  /** JPQL: Hibernate keeps its translation (a derived query is translated on every call; issue 13). */
  @Query("select r from RequiredDocumentEntity r where r.requestNumber = :requestNumber order by r.id")
  List<RequiredDocumentEntity> findByRequestNumberOrderById(@Param("requestNumber") String requestNumber);
}
