package id.go.bps.pst.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The module's time source: a unique (or primary) {@link Clock} bean if the application has one, else UTC. */
@Component
public class PaymentClock {

  private final ObjectProvider<Clock> clock;

  public PaymentClock(ObjectProvider<Clock> clock) {
    this.clock = clock;
  }

  /** Now, truncated to microseconds (what {@code timestamp(6)} stores). */
  public Instant now() {
    return clock.getIfUnique(Clock::systemUTC).instant().truncatedTo(ChronoUnit.MICROS);
  }
}
