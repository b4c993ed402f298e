package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.UploadProperties;
import id.go.bps.pst.document.UploadService;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Personal data in uploads is kept no longer than the sale's history: once a day, files uploaded longer
 * ago than {@code pst.uploads.retention} (default 3650 days = the process's {@code historyTimeToLive}) are
 * deleted with their rows and page images.
 */
@Component
class UploadRetention {

  private final UploadService uploads;
  private final UploadProperties properties;
  private final Clock clock;

  UploadRetention(UploadService uploads, UploadProperties properties, Clock clock) {
    this.uploads = uploads;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${pst.uploads.retention-cron:0 30 2 * * *}", zone = "UTC")
  void run() {
    try {
      uploads.removeUploadedBefore(clock.instant().minus(properties.retention()));
    } catch (RuntimeException e) {
      // e.g. another node of a cluster removed the same rows first: the next run catches up
      LOG.warn("retention of uploads failed, retried tomorrow: {}", e.toString());
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UploadRetention.class);
}
