package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import static id.go.bps.pst.common.IndonesianFormat.date;
import static id.go.bps.pst.common.IndonesianFormat.rupiah;

import id.go.bps.pst.document.PaymentMethod;
import id.go.bps.pst.document.ReceiptData;
import id.go.bps.pst.document.Terbilang;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The receipt (kuitansi) PDF the treasurer gives the visitor. */
@Component
public class ReceiptPdf {

  private final UnitProperties unit;

  public ReceiptPdf(UnitProperties unit) {
    this.unit = unit;
  }

  public RenderedFile render(ReceiptData d, RenderContext ctx) {
    PdfComposer pdf = new PdfComposer(unit(), "Kuitansi " + ctx.number(), ctx);
    pdf.title("Kuitansi");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Nomor permintaan", d.requestNumber()});
    rows.add(new String[] {"Sudah terima dari", d.payerName(), "bold"});
    rows.add(new String[] {"Uang sebanyak", Terbilang.rupiah(d.amount()), "bold"});
    rows.add(new String[] {"Untuk pembayaran", d.forPayment()});
    rows.add(new String[] {"Cara pembayaran", d.paymentMethod().label()});
    if (d.paymentMethod() == PaymentMethod.BANK) {
      rows.add(new String[] {"NTPN", d.ntpn(), "bold"});
    }
    if (d.paymentMethod() == PaymentMethod.ZERO_TARIFF) {
      rows.add(new String[] {"Dasar tarif Rp0", d.zeroTariffBasis()});
    }
    rows.add(new String[] {"Jumlah", rupiah(d.amount()), "bold"});
    pdf.fields(rows);
    String place = d.place() != null ? d.place() : unit().city();
    pdf.signatures(List.of(
        new PdfComposer.SignatureBlock(List.of(" ", "Pembayar,"), d.payerName(), null, false),
        new PdfComposer.SignatureBlock(
            List.of(place + ", " + date(d.date(), unit().zoneId()), "Bendahara Penerimaan,"),
            d.treasurerName(), unit().name(), false)));
    return new RenderedFile(pdf.finish(), RenderedFile.safeName(ctx.number()) + ".pdf", RenderedFile.PDF);
  }

  /** The unit of the document being issued (its request's), or the configured default. */
  private UnitProperties unit() {
    return DocumentUnit.or(unit);
  }
}
