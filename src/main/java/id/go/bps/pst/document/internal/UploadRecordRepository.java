package id.go.bps.pst.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UploadRecordRepository extends JpaRepository<UploadRecord, Long> {

  /** JPQL: Hibernate keeps its translation (a derived query is translated on every call; issue 13). */
  @Query("select u from UploadRecord u where u.requestNumber = :requestNumber order by u.id")
  List<UploadRecord> findByRequestNumberOrderByIdAsc(@Param("requestNumber") String requestNumber);

  List<UploadRecord> findByRequestNumberAndDocumentCodeOrderByVersionAsc(String requestNumber, String documentCode);

  Optional<UploadRecord> findByIdAndRequestNumber(Long id, String requestNumber);

  List<UploadRecord> findByUploadedAtBefore(Instant cutoff);
}
