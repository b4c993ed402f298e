package id.go.bps.pst.payment.internal;

import java.time.Instant;

/** A parsed, well-formed bank notification. */
record BankNotification(
    String billingCode, long amount, Instant paidAt, String bank, String channel, String ntb, String ntpn) {}
