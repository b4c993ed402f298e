package id.go.bps.pst.visit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the visit module needs from the sale process (implemented by the process module, so that
 * this module does not depend on it): start it as the guest book start form does, call a ticket to a
 * counter, cancel the request of a visitor who did not come. A ticket's queue clock is not among them:
 * the queue stores when it started, and the process reads that from its own timers (never from another
 * officer's step into a waiting sale).
 */
public interface SaleProcess {

  /**
   * Starts the main process with the guest book start form's variables (visitorName, identityType,
   * identityNumber, visitorEmail, visitorPhone, institution, userCategory, purpose, consent).
   *
   * @return the request number (the business key)
   */
  String start(Map<String, Object> startFormVariables);

  /** Claims and completes the request's "call the visitor" task as the officer, at the counter. */
  void callVisitor(String requestNumber, String officer, String counterName);

  /** Cancels the request: the visitor did not come when called. */
  void cancelAsNoShow(String requestNumber, String officer);

  /**
   * The queue's service standard as the latest sale model defines it (its timer {@code standard=queueWait},
   * the analyst's value), which the queue report and the counter page show; empty while no sale model is
   * deployed.
   */
  Optional<Duration> queueStandard();
}
