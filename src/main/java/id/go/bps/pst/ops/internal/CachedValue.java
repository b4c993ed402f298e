package id.go.bps.pst.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read at most once per time-to-live, for gauges that need a query: Prometheus scrapes every
 * node every few seconds and each scrape reads several gauges, but the database is asked at most once
 * per period. A failed read keeps the last value (a scrape never fails because of the database).
 */
final class CachedValue<T> {

  private static final Logger LOG = LoggerFactory.getLogger(CachedValue.class);

  private final Supplier<T> reader;
  private final Duration timeToLive;
  private final Clock clock;
  private final T fallback;
  private T value;
  private Instant readAt;

  CachedValue(Supplier<T> reader, Duration timeToLive, Clock clock, T fallback) {
    this.reader = reader;
    this.timeToLive = timeToLive;
    this.clock = clock;
    this.fallback = fallback;
  }

  synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(timeToLive))) {
      try {
        value = reader.get();
      } catch (RuntimeException e) {
        LOG.warn("metric not refreshed: {}", e.toString());
      }
      readAt = now;
    }
    return value == null ? fallback : value;
  }
}
