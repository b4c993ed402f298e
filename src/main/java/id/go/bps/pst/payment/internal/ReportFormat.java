package id.go.bps.pst.payment.internal;

import java.time.Instant;
import java.time.ZoneId;

/** Formatting of the reconciliation for people: rupiah, local times, Indonesian labels. */
public final class ReportFormat {

  private final ZoneId zone;

  ReportFormat(ZoneId zone) {
    this.zone = zone;
  }

  public String rupiah(long amount) {
    return id.go.bps.pst.common.Rupiah.format(amount);
  }

  public String time(Instant instant) {
    return id.go.bps.pst.common.CsvTable.dateTime(instant, zone);
  }

  public String day(java.time.LocalDate day) {
    return id.go.bps.pst.common.IndonesianFormat.dayWithWeekday(day);
  }

  public String method(String method) {
    return switch (method) {
      case "CASH" -> "Tunai";
      case "BANK" -> "Bank (kode billing)";
      case "TRANSFER" -> "Transfer dari luar negeri";
      case "ZERO_TARIFF" -> "Tarif Rp0";
      default -> method;
    };
  }

  public String method(Enum<?> method) {
    return method == null ? "" : method(method.name());
  }

  public String mismatch(Enum<?> kind) {
    return switch (kind.name()) {
      case "PAYMENT_WITHOUT_RECEIPT" -> "Pembayaran tanpa kuitansi";
      case "PAYMENT_OF_CANCELLED_REQUEST" -> "Pembayaran untuk permintaan yang dibatalkan";
      case "RECEIPT_WITHOUT_PAYMENT" -> "Kuitansi tanpa pembayaran";
      case "AMOUNT_DIFFERS" -> "Jumlah berbeda";
      case "METHOD_DIFFERS" -> "Metode berbeda";
      default -> kind.name();
    };
  }

}
