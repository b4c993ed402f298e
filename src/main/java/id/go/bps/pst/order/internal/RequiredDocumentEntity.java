package id.go.bps.pst.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "pst_required_document")
public class RequiredDocumentEntity {

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

  public RequiredDocumentEntity(String requestNumber, String code, String name) {
    this.requestNumber = requestNumber;
    this.code = code;
    this.name = name;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public boolean isSubmitted() { return submitted; }
  public void setSubmitted(boolean submitted) { this.submitted = submitted; }
}
