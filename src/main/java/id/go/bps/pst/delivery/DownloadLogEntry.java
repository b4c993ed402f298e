package id.go.bps.pst.delivery;

import java.time.Instant;

/** One logged download attempt: who, when, from where, and what happened. */
public record DownloadLogEntry(long fileId, String requestNumber, Instant attemptedAt, DownloadOutcome outcome,
    String actor, String clientIp, String userAgent) {
}
