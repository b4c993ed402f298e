package id.go.bps.pst.complaint;

/** Kinds of non-working days in the holiday calendar. */
public enum HolidayKind {
  NATIONAL("Libur nasional"),
  CUTI_BERSAMA("Cuti bersama"),
  LOCAL("Libur daerah/lainnya");

  private final String label;

  HolidayKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
