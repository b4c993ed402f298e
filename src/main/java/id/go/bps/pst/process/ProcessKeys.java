package id.go.bps.pst.process;

/** The process contract: key, messages and the names of the main variables (see README). */
public final class ProcessKeys {

  public static final String PROCESS_KEY = "penjualan-produk-statistik";
  /** Owned by the payment module, which correlates it. */
  public static final String MESSAGE_PAYMENT_RECEIVED = id.go.bps.pst.payment.PaymentProcess.MESSAGE_PAYMENT_RECEIVED;
  public static final String MESSAGE_CANCELLATION = "RequestCancellation";

  /** Decision keys of the analysts' DMN tables (the DMN contract). */
  public static final String DECISION_REQUIRED_DOCUMENTS = "required-documents";
  public static final String DECISION_ZERO_TARIFF = "zero-tariff";

  public static final String REQUEST_NUMBER = "requestNumber";
  public static final String HAS_MICRODATA = "hasMicrodata";
  public static final String CANCEL_CODE = "cancelCode";
  public static final String CANCEL_NOTE = "cancelNote";
  public static final String CANCEL_REASON = "cancelReason";

  private ProcessKeys() {}
}
