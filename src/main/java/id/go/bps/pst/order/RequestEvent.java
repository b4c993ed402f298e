package id.go.bps.pst.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a request's audit trail: who did what, and when (UTC). */
@Entity
@Table(name = "pst_request_event")
public class RequestEvent {

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

  protected RequestEvent() {}

  RequestEvent(String requestNumber, Instant occurredAt, String actor, String action, String detail) {
    this.requestNumber = requestNumber;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
  }

  public String getRequestNumber() { return requestNumber; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public String getAction() { return action; }
  public String getDetail() { return detail; }
}
