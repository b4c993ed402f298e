package id.go.bps.pst.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code pst.identity.*}).
 *
 * @param publicApiPaths path patterns under {@code /api} that need no login (Spring
 *     {@code PathPattern} syntax); they are also exempt from CSRF tokens (see {@code WebSecurity}).
 * @param realm the HTTP Basic realm announced in a 401 answer
 */
@ConfigurationProperties("pst.identity")
public record IdentityProperties(
    @DefaultValue({"/api/catalog/**", "/api/quotes", "/api/payments/notifications",
        "/api/payments/notifications/**"}) List<String> publicApiPaths,
    @DefaultValue("PST") String realm) {
}
