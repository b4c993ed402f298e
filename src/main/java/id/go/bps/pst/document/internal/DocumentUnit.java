package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitProperties;
import java.util.function.Supplier;

/**
 * The unit a document is issued for, while it is numbered and rendered: the unit of its request (the
 * request number begins with the unit code), so that a document of unit 6501 carries 6501's letterhead,
 * zone and number series. Outside an issue (e.g. a renderer called directly) the configured default unit.
 */
final class DocumentUnit {

  private static final ThreadLocal<UnitProperties> CURRENT = new ThreadLocal<>();

  private DocumentUnit() {}

  /** The unit of the document being issued, or {@code fallback}. */
  static UnitProperties or(UnitProperties fallback) {
    UnitProperties current = CURRENT.get();
    return current != null ? current : fallback;
  }

  static <T> T with(Unit unit, Supplier<T> work) {
    if (unit == null) {
      return work.get();
    }
    UnitProperties previous = CURRENT.get();
    CURRENT.set(new UnitProperties(unit.code(), unit.name(), unit.zone(), unit.city(), unit.address(), unit.email(),
        unit.phone(), unit.headName(), unit.headNip(), null));
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The unit code a request number begins with ({@code 6503-2026-000001}), or null. */
  static String codeOf(String requestNumber) {
    return id.go.bps.pst.common.RequestNumbers.unitCode(requestNumber);
  }
}
