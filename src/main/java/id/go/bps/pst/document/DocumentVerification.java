package id.go.bps.pst.document;

import java.time.Instant;

/**
 * What the public verification page may show about a document: no personal data beyond the holder's
 * (payer's or visitor's) name.
 *
 * @param amount rupiah amount for invoices and receipts, otherwise null
 * @param holderName payer or visitor name, null when the document names nobody
 */
public record DocumentVerification(
    DocumentKind kind,
    String number,
    int version,
    Instant documentDate,
    Long amount,
    DocumentStatus status,
    Integer replacedByVersion,
    String holderName,
    String unitCode) {

  public DocumentVerification(DocumentKind kind, String number, int version, Instant documentDate, Long amount,
      DocumentStatus status, Integer replacedByVersion, String holderName) {
    this(kind, number, version, documentDate, amount, status, replacedByVersion, holderName, null);
  }
}
