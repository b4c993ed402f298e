package id.go.bps.pst.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRecordRepository extends JpaRepository<UploadRecord, Long> {

  List<UploadRecord> findByRequestNumberOrderByIdAsc(String requestNumber);

  List<UploadRecord> findByRequestNumberAndDocumentCodeOrderByVersionAsc(String requestNumber, String documentCode);

  Optional<UploadRecord> findByIdAndRequestNumber(Long id, String requestNumber);

  List<UploadRecord> findByUploadedAtBefore(Instant cutoff);
}
