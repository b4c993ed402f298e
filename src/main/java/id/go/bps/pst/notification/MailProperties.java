package id.go.bps.pst.notification;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code pst.mail.*}). SMTP itself is Spring Boot's {@code spring.mail.*}: without
 * {@code spring.mail.host} (the embedded demo) or with {@code enabled=false}, mails are kept in the
 * outbox (status HELD, page /laporan/outbox) and not sent.
 *
 * @param enabled whether mails are sent at all
 * @param from sender address
 * @param fromName sender display name
 * @param retryDelays waits after the 1st, 2nd, ... failed attempt; after the last one the mail is FAILED
 * @param senderInterval pause between runs of the sender
 * @param batchSize mails sent per run at most
 * @param claimTime how long a node's claim on a mail lasts: another node may send the mail after it
 *     (a crashed node's claims expire); longer than the SMTP time-outs
 */
@ConfigurationProperties("pst.mail")
public record MailProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("pst6503@bps.go.id") String from,
    @DefaultValue("PST BPS Kabupaten Tana Tidung") String fromName,
    @DefaultValue({"1m", "5m", "15m", "1h", "6h"}) List<Duration> retryDelays,
    @DefaultValue("30s") Duration senderInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("5m") Duration claimTime) {
}
