/**
 * Payment module: billing codes (SIMPONI port with a local implementation), bank payment
 * notifications, cash payments, receipts (kuitansi) with gapless numbering, refund decisions and
 * the daily reconciliation for the treasurer (bendahara penerimaan).
 *
 * <p>Other modules use only the types in this package; {@code internal} is private to the module.
 */
package id.go.bps.pst.payment;
