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
 * <p>Every request under {@code /api/} needs an authenticated Camunda user (HTTP Basic, or the
 * session of a user logged in to the Camunda webapps), except the public paths configured in
 * {@code pst.identity.public-api-paths}. For the duration of an authenticated request the engine's
 * authentication is set to that user, so engine calls made by a controller obey Camunda's
 * authorizations exactly as {@code /engine-rest} does.
 *
 * <p>Everything under {@code .internal} is private to this module.
 */
package id.go.bps.pst.identity;
