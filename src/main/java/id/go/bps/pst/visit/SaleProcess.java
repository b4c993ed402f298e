package id.go.bps.pst.visit;

import java.util.Map;

/**
 * What the visit module needs from the sale process (implemented by the process module, so that
 * this module does not depend on it): start it as the guest book start form does, start a ticket's
 * queue clock, call a ticket to a counter, cancel the request of a visitor who did not come.
 */
public interface SaleProcess {

  /** Message that starts the queue clock of a waiting ticket; correlated by business key. */
  String MESSAGE_QUEUE_CLOCK_STARTED = "QueueClockStarted";

  /**
   * Starts the main process with the guest book start form's variables (visitorName, identityType,
   * identityNumber, visitorEmail, visitorPhone, institution, userCategory, purpose, consent).
   *
   * @return the request number (the business key)
   */
  String start(Map<String, Object> startFormVariables);

  /** Correlates {@value #MESSAGE_QUEUE_CLOCK_STARTED} to the request's process, if it waits for it. */
  void startQueueClock(String requestNumber);

  /** Claims and completes the request's "call the visitor" task as the officer, at the counter. */
  void callVisitor(String requestNumber, String officer, String counterName);

  /** Cancels the request: the visitor did not come when called. */
  void cancelAsNoShow(String requestNumber, String officer);
}
