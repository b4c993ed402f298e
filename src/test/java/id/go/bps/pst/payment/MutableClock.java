package id.go.bps.pst.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A test clock: the system clock until a test sets a time. */
public class MutableClock extends Clock {

  private volatile Instant fixed;

  public void set(Instant instant) {
    this.fixed = instant;
  }

  public void reset() {
    this.fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now != null ? now : Instant.now();
  }
}
