package id.go.bps.pst.payment.internal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/payments/notifications}: the bank / billing side reports a payment. Authenticated
 * only by the HMAC signature ({@code X-PST-Timestamp}, {@code X-PST-Signature}); the body is read raw
 * so that the signature is checked over the exact bytes sent.
 */
@RestController
class BankNotificationController {

  static final String TIMESTAMP_HEADER = "X-PST-Timestamp";
  static final String SIGNATURE_HEADER = "X-PST-Signature";

  private final BankNotificationHandler handler;

  BankNotificationController(BankNotificationHandler handler) {
    this.handler = handler;
  }

  @PostMapping(path = "/api/payments/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<NotificationOutcome> receive(
      @RequestHeader(name = TIMESTAMP_HEADER, required = false) String timestamp,
      @RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    NotificationOutcome outcome = handler.handle(timestamp, signature, body);
    return ResponseEntity.status(outcome.httpStatus()).body(outcome);
  }
}
