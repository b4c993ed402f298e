package id.go.bps.pst.order.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.go.bps.pst.order.RequestEvent;
import java.time.Instant;

/**
 * The stored entry of a request's audit trail ({@link RequestEvent} outside). Read only: entries are written in
 * batches over JDBC ({@code order.AuditWriter}).
 */
@Entity
@Table(name = "pst_request_event")
public class RequestEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_number", nullable = false)
  private String requestNumber;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  private String detail;

  protected RequestEventEntity() {}

  public RequestEvent toRecord() {
    return new RequestEvent(requestNumber, occurredAt, actor, action, detail);
  }
}
