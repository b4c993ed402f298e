package id.go.bps.pst.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A test clock: the system clock until a test sets a time. In UTC, as the application's clock; like it,
 * {@link #withZone(ZoneId)} gives the same clock in another zone (the unit's "today" in WITA is not the
 * UTC date between 16:00 and 24:00 UTC), which follows {@link #set(Instant)} and {@link #reset()} too.
 */
public class MutableClock extends Clock {

  private final AtomicReference<Instant> fixed;
  private final ZoneId zone;

  public MutableClock() {
    this(new AtomicReference<>(), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> fixed, ZoneId zone) {
    this.fixed = fixed;
    this.zone = zone;
  }

  public void set(Instant instant) {
    fixed.set(instant);
  }

  public void reset() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new MutableClock(fixed, zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed.get();
    return now != null ? now : Instant.now();
  }
}
