package id.go.bps.pst.payment.internal;

import id.go.bps.pst.payment.Payment;

/**
 * The answer to a bank notification; also its JSON body.
 *
 * @param result ACCEPTED (a payment was recorded now), REPLAY (it had been recorded before) or REFUSED
 * @param reason the reason code
 * @param message explanation in Bahasa Indonesia
 * @param payment the recorded payment (accepted and replay only)
 */
public record NotificationOutcome(Result result, NotificationReason reason, String message, Payment payment) {

  /** The kind of outcome. */
  public enum Result {
    ACCEPTED,
    REPLAY,
    REFUSED
  }

  static NotificationOutcome accepted(Payment payment) {
    return new NotificationOutcome(
        Result.ACCEPTED, NotificationReason.ACCEPTED, "Pembayaran diterima dan dicatat.", payment);
  }

  static NotificationOutcome acceptedForRefund(Payment payment) {
    return new NotificationOutcome(Result.ACCEPTED, NotificationReason.ACCEPTED_FOR_REFUND,
        "Pembayaran diterima dan dicatat. Permintaannya sudah dibatalkan; pengembalian diputuskan oleh koordinator.",
        payment);
  }

  static NotificationOutcome replay(Payment payment) {
    return new NotificationOutcome(
        Result.REPLAY, NotificationReason.REPLAY, "Pembayaran ini sudah tercatat sebelumnya; tidak dicatat dua kali.",
        payment);
  }

  static NotificationOutcome refused(NotificationReason reason, String message) {
    return new NotificationOutcome(Result.REFUSED, reason, message, null);
  }

  public int httpStatus() {
    return reason.httpStatus();
  }
}
