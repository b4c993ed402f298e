package id.go.bps.pst.rating.internal;

import id.go.bps.pst.rating.RatingProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Limits stand-alone survey submissions per client address (Bucket4j token buckets, kept in memory:
 * one bucket per address, the least recently used dropped beyond {@value #MAX_CLIENTS} addresses).
 * The address is the servlet's remote address; behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that it is the visitor's, not the proxy's.
 */
@Component
class StandaloneRateLimiter {

  static final int MAX_CLIENTS = 10_000;

  private final RatingProperties properties;
  private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > MAX_CLIENTS;
    }
  };

  StandaloneRateLimiter(RatingProperties properties) {
    this.properties = properties;
  }

  /** Takes one submission from the client's allowance: empty if allowed, else how long to wait. */
  Duration tryAcquire(String clientAddress) {
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(clientAddress == null ? "?" : clientAddress, k -> newBucket());
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
  }

  private Bucket newBucket() {
    int limit = properties.standaloneLimit();
    Duration window = properties.standaloneWindow();
    return Bucket.builder().addLimit(l -> l.capacity(limit).refillGreedy(limit, window)).build();
  }
}
