package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRecordRepository extends JpaRepository<DocumentRecord, Long> {

  // JPQL rather than derived queries on the sale's path: Hibernate keeps a JPQL string's translation,
  // while a derived (criteria) query is translated to SQL again on every call (issue 13, CPU profile)
  @Query("select d from DocumentRecord d where d.requestNumber = :requestNumber and d.status = :status"
      + " order by d.kind, d.documentNumber")
  List<DocumentRecord> findByRequestNumberAndStatusOrderByKindAscDocumentNumberAsc(
      @Param("requestNumber") String requestNumber, @Param("status") DocumentStatus status);

  @Query("select d from DocumentRecord d where d.requestNumber = :requestNumber order by d.id")
  List<DocumentRecord> findByRequestNumberOrderByIdAsc(@Param("requestNumber") String requestNumber);

  Optional<DocumentRecord> findByVerificationCode(String verificationCode);

  @Query("select count(d) > 0 from DocumentRecord d where d.kind = :kind and d.documentNumber = :documentNumber")
  boolean existsByKindAndDocumentNumber(@Param("kind") DocumentKind kind,
      @Param("documentNumber") String documentNumber);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from DocumentRecord d where d.id = :id")
  Optional<DocumentRecord> findForUpdate(Long id);
}
