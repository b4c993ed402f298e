/**
 * Identity: users, groups, authorizations, Tasklist filters and request authentication.
 *
 * <p>Public face for other modules:
 * <ul>
 *   <li>{@link id.go.bps.pst.identity.PstGroups}: the group ids used as BPMN candidate groups;</li>
 *   <li>{@link id.go.bps.pst.identity.CurrentUser}: who is calling, injectable as a controller
 *       method argument under {@code /api/**};</li>
 *   <li>{@link id.go.bps.pst.identity.AccessControl}: {@code requireAuthenticated()} and
 *       {@code requireAnyGroup(...)}; failures become HTTP 401/403 with a JSON message in
 *       Bahasa Indonesia.</li>
 * </ul>
 *
 * <p>Spring Security ({@code internal.WebSecurity}) authenticates every request to our routes: HTTP Basic or
 * the login of the Camunda webapps (Tasklist, Cockpit, Admin), both checked against Camunda's identity service;
 * Camunda groups are the Spring roles. {@code /api/**} and {@code /laporan/**} need a login, except the public
 * paths configured in {@code pst.identity.public-api-paths}; some routes need roles. For the duration of an
 * authenticated staff request the engine's authentication is set to that user, so engine calls made by a
 * controller obey Camunda's authorizations exactly as {@code /engine-rest} does. State-changing requests carry
 * Spring Security's CSRF token (Thymeleaf forms get it by themselves).
 *
 * <p>Everything under {@code .internal} is private to this module.
 */
package id.go.bps.pst.identity;
