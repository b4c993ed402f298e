package id.go.bps.pst.payment.internal;

/** A taken receipt number: {@code KW-<unit>-<year>-<sequence, 6 digits or more>}. */
record ReceiptNumber(String unitCode, int year, long sequence) {

  String text() {
    return String.format("KW-%s-%04d-%06d", unitCode, year, sequence);
  }
}
