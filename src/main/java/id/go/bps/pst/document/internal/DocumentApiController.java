package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentRef;
import id.go.bps.pst.document.DocumentService;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Staff API: the current documents of a request, and the bytes of one document version. */
@RestController
public class DocumentApiController {

  private final DocumentService documents;

  public DocumentApiController(DocumentService documents) {
    this.documents = documents;
  }

  @GetMapping("/api/requests/{requestNumber}/documents")
  public List<DocumentRef> current(@PathVariable String requestNumber) {
    return documents.find(requestNumber);
  }

  @GetMapping("/api/documents/{id}/content")
  public ResponseEntity<byte[]> content(@PathVariable long id) {
    DocumentContent content = documents.open(id);
    DocumentRef ref = content.metadata().ref();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ref.contentType()))
        .contentLength(content.bytes().length)
        .eTag('"' + ref.sha256() + '"')
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(ref.fileName()).build().toString())
        .header("X-Document-Status", content.metadata().status().name())
        .body(content.bytes());
  }

  @ExceptionHandler(DocumentNotFoundException.class)
  ResponseEntity<org.springframework.http.ProblemDetail> notFound(DocumentNotFoundException e) {
    // the same words as for another unit's document (UnitBoundaryFilter), so neither reveals that it exists
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(id.go.bps.pst.common.web.ProblemDetails.of(HttpStatus.NOT_FOUND, "Dokumen tidak ditemukan di unit Anda."));
  }
}
