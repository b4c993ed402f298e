package id.go.bps.pst.complaint;

import java.time.Instant;

/**
 * A complaint as stored. The complainant's name, e-mail and phone live only here (our table), never
 * in process variables or logs; {@link #toString()} leaves them out.
 */
public record Complaint(
    long id,
    String trackingCode,
    String unitCode,
    ComplaintChannel channel,
    ComplaintCategory category,
    String laporReference,
    String requestNumber,
    String complainantName,
    String complainantEmail,
    String complainantPhone,
    String description,
    ComplaintStatus status,
    ComplaintComplexity complexity,
    String responsibleOfficer,
    String triagedBy,
    String enteredBy,
    String processInstanceId,
    Instant receivedAt,
    Instant roundStartedAt,
    Instant firstResponseDueAt,
    Instant firstRespondedAt,
    Instant answerDueAt,
    String answer,
    String answerSentVia,
    Instant answeredAt,
    Instant confirmationDueAt,
    Instant closedAt,
    ComplaintClosure closure,
    int reopenCount,
    int escalationCount,
    String reportedRequestNumber) {

  /** The deadline the unit is working against now, or null when it waits for the complainant or is closed. */
  public Instant currentDueAt() {
    return switch (status) {
      case RECEIVED, REOPENED -> firstResponseDueAt;
      case IN_PROGRESS -> answerDueAt;
      case ANSWERED, CLOSED -> null;
    };
  }

  /** True when the unit's current deadline has passed. */
  public boolean overdue(Instant now) {
    Instant due = currentDueAt();
    return due != null && now.isAfter(due);
  }

  /** True when the answer goes back by e-mail automatically. */
  public boolean answeredByEmail() {
    return channel.answeredByEmail(complainantEmail);
  }

  /** The complainant's contact as an officer needs it to send the answer (for tasks and staff pages only). */
  public String contactLine() {
    StringBuilder s = new StringBuilder(complainantName);
    if (complainantPhone != null) {
      s.append(" · telepon/WhatsApp ").append(complainantPhone);
    }
    if (complainantEmail != null) {
      s.append(" · e-mail ").append(complainantEmail);
    }
    if (laporReference != null) {
      s.append(" · LAPOR! ").append(laporReference);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "Complaint[" + trackingCode + ", " + channel + ", " + category + ", " + status + "]";
  }
}
