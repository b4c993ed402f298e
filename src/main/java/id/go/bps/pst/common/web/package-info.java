/**
 * The web side of {@code common}: the one problem-details error body of our APIs and the server-side check of
 * a Camunda Form's field rules, used by every module that answers HTTP.
 */
@org.springframework.modulith.NamedInterface("web")
package id.go.bps.pst.common.web;
