package id.go.bps.pst.common.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client limits of the public endpoints ({@code pst.rate-limit.*}): how many requests one client address may
 * send in {@code window}. A kiosk is one device for many visitors, so its limits count for the whole kiosk.
 *
 * @param enabled off only for load tests
 * @param kioskLookup returning-visitor lookups and code entries at the kiosk ({@code POST /kiosk/cari}, {@code /kiosk/kode})
 * @param kioskRegistration guest book entries ({@code POST /kiosk})
 * @param quote anonymous quotes ({@code POST /api/quotes})
 * @param complaint the public complaint form and the complainant's answer ({@code POST /pengaduan}, {@code /pengaduan/lacak/tanggapan})
 * @param window the period the numbers count over
 */
@ConfigurationProperties("pst.rate-limit")
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("10") int kioskLookup,
    @DefaultValue("30") int kioskRegistration,
    @DefaultValue("120") int quote,
    @DefaultValue("20") int complaint,
    @DefaultValue("10m") Duration window) {
}
