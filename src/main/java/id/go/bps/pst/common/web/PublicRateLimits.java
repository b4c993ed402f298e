package id.go.bps.pst.common.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket4j token buckets per (rule, client address), kept in memory (per node: behind the sticky load balancer a
 * client stays on one node); the least recently used are dropped beyond {@value #MAX_CLIENTS} entries.
 */
public class PublicRateLimits {

  static final int MAX_CLIENTS = 20_000;

  /** The limited endpoints. */
  public enum Rule { KIOSK_LOOKUP, KIOSK_REGISTRATION, QUOTE, COMPLAINT }

  private final RateLimitProperties properties;
  private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
      return size() > MAX_CLIENTS;
    }
  };

  public PublicRateLimits(RateLimitProperties properties) {
    this.properties = properties;
  }

  /** Takes one request from the client's allowance: empty when allowed, else how long until the next one is. */
  public Optional<Duration> tryAcquire(Rule rule, String client) {
    if (!properties.enabled()) {
      return Optional.empty();
    }
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(rule + "|" + (client == null ? "?" : client), k -> newBucket(capacity(rule)));
    }
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Forgets every client (tests; and an operator could call it after a false alarm). */
  public void reset() {
    synchronized (buckets) {
      buckets.clear();
    }
  }

  int capacity(Rule rule) {
    return switch (rule) {
      case KIOSK_LOOKUP -> properties.kioskLookup();
      case KIOSK_REGISTRATION -> properties.kioskRegistration();
      case QUOTE -> properties.quote();
      case COMPLAINT -> properties.complaint();
    };
  }

  private Bucket newBucket(int capacity) {
    return Bucket.builder().addLimit(l -> l.capacity(capacity).refillGreedy(capacity, properties.window())).build();
  }
}
