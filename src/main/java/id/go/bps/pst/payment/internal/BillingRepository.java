package id.go.bps.pst.payment.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BillingRepository extends JpaRepository<BillingEntity, Long> {

  Optional<BillingEntity> findByCode(String code);

  /** JPQL: Hibernate keeps its translation (a derived query is translated on every call; issue 13). */
  @Query("select b from BillingEntity b where b.requestNumber = :requestNumber order by b.id desc limit 1")
  Optional<BillingEntity> findFirstByRequestNumberOrderByIdDesc(@Param("requestNumber") String requestNumber);

  /** {@code select ... for update}: serialises everything that changes this billing's fate. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from BillingEntity b where b.code = :code")
  Optional<BillingEntity> lockByCode(@Param("code") String code);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select b from BillingEntity b where b.requestNumber = :requestNumber order by b.id")
  List<BillingEntity> lockByRequestNumber(@Param("requestNumber") String requestNumber);
}
