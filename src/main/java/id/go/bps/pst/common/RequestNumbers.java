package id.go.bps.pst.common;

/**
 * The shape of a request number, {@code <unit code>-<year>-<six-digit sequence>} (e.g. 6503-2026-000001):
 * requests, their documents, payments and mails all carry it, and a request's unit is read from it.
 */
public final class RequestNumbers {

  private RequestNumbers() {}

  public static String format(String unitCode, int year, long value) {
    return "%s-%d-%06d".formatted(unitCode, year, value);
  }

  /** The unit code a request number begins with, or null when it has none. */
  public static String unitCode(String requestNumber) {
    int dash = requestNumber == null ? -1 : requestNumber.indexOf('-');
    return dash > 0 ? requestNumber.substring(0, dash) : null;
  }
}
