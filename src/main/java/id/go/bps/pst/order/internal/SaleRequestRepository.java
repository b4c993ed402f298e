package id.go.bps.pst.order.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SaleRequestRepository extends JpaRepository<SaleRequestEntity, Long> {

  /**
   * The request with its lines, so callers outside a transaction (pages, portal) can read them. A
   * JPQL fetch join rather than an entity graph: Hibernate caches its translation (an entity graph
   * was translated on every call and cost 12% of the CPU under 16 officers). No {@code distinct}:
   * Hibernate 6 returns each request once with its fetched lines anyway, and a {@code select distinct}
   * only made the database sort and compare every row of the join (issue 13).
   */
  @Query("select r from SaleRequestEntity r left join fetch r.lines where r.requestNumber = :number")
  Optional<SaleRequestEntity> findByRequestNumber(@Param("number") String requestNumber);

  /** Several requests with their lines (reports). */
  @Query("select r from SaleRequestEntity r left join fetch r.lines where r.requestNumber in :numbers")
  java.util.List<SaleRequestEntity> findWithLines(@Param("numbers") java.util.Collection<String> requestNumbers);

  /** The requests of these units created in [from, to), as the pageable sorts and limits them. */
  java.util.List<SaleRequestEntity> findByUnitCodeInAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(
      java.util.Collection<String> unitCodes, java.time.Instant from, java.time.Instant to,
      org.springframework.data.domain.Pageable page);

  /** How many requests of these units were created in [from, to). */
  long countByUnitCodeInAndCreatedAtGreaterThanEqualAndCreatedAtLessThan(java.util.Collection<String> unitCodes,
      java.time.Instant from, java.time.Instant to);
}
