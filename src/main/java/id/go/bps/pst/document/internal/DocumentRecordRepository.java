package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.DocumentStatus;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRecordRepository extends JpaRepository<DocumentRecord, Long> {

  List<DocumentRecord> findByRequestNumberAndStatusOrderByKindAscDocumentNumberAsc(
      String requestNumber, DocumentStatus status);

  List<DocumentRecord> findByRequestNumberOrderByIdAsc(String requestNumber);

  Optional<DocumentRecord> findByVerificationCode(String verificationCode);

  boolean existsByKindAndDocumentNumber(DocumentKind kind, String documentNumber);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select d from DocumentRecord d where d.id = :id")
  Optional<DocumentRecord> findForUpdate(Long id);
}
