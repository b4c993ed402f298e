package id.go.bps.pst.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pst_required_document")
class RequiredDocumentEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false)
  private String requestNumber;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean submitted;

  protected RequiredDocumentEntity() {}

  RequiredDocumentEntity(String requestNumber, String code, String name) {
    this.requestNumber = requestNumber;
    this.code = code;
    this.name = name;
  }

  String getCode() { return code; }
  String getName() { return name; }
  boolean isSubmitted() { return submitted; }
  void setSubmitted(boolean submitted) { this.submitted = submitted; }
}
