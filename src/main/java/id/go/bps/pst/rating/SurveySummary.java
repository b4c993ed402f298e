package id.go.bps.pst.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The survey over a period.
 *
 * @param from start (UTC, inclusive)
 * @param to end (UTC, exclusive)
 * @param service the service filtered on, or null for all
 * @param index the index over the responses the visitors gave themselves (assisted ones excluded)
 * @param assisted how many responses officers entered on the visitors' behalf (not in the index)
 * @param assistedIndex the same computation over those, for information only
 * @param bySource responses per source, the index's ones only
 * @param comments every response of the period with a comment, newest first (assisted ones marked)
 */
public record SurveySummary(Instant from, Instant to, String service, SatisfactionIndex index, int assisted,
    SatisfactionIndex assistedIndex, Map<SurveySource, Integer> bySource, List<SurveyResponse> comments) {}
