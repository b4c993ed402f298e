/**
 * Module {@code notification}: e-mail to visitors through an outbox, sent asynchronously with retries.
 *
 * <p>Public face: {@link id.go.bps.pst.notification.MailOutbox} (queue a mail), {@link id.go.bps.pst.notification.MailType},
 * and {@link id.go.bps.pst.notification.VisitorLinks}, the link a mail carries, provided by the portal module.
 * The sale's mails are queued by listeners of the order and delivery modules' typed events.
 */
package id.go.bps.pst.notification;
