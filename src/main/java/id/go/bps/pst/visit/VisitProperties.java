package id.go.bps.pst.visit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the visit module ({@code pst.visit.*}); every one has a default here.
 *
 * @param serviceStandard the service standard used only while no sale model is deployed: the queue report,
 *     the counter page and the process read the standard from the sale model (the literal duration of
 *     the timer with {@code standard=queueWait}, what an analyst sets in the Modeler; 10 minutes in the
 *     unit's service standard)
 * @param counters the names of the counters (loket) officers can work at
 * @param displayNext how many waiting numbers the queue display shows
 */
@ConfigurationProperties(prefix = "pst.visit")
public record VisitProperties(Duration serviceStandard, List<String> counters, Integer displayNext) {

  public VisitProperties {
    if (serviceStandard == null || serviceStandard.isNegative() || serviceStandard.isZero()) {
      serviceStandard = Duration.ofMinutes(10);
    }
    if (counters == null || counters.isEmpty()) {
      counters = List.of("Loket 1", "Loket 2", "Loket 3");
    }
    counters = List.copyOf(counters);
    if (displayNext == null || displayNext < 1) {
      displayNext = 6;
    }
  }
}
