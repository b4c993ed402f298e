package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Prints the median time to generate an invoice and a receipt (render + SHA-256). Budget: under 200 ms
 * each. It only reports; timings on shared CI machines are too noisy for an assertion.
 */
class DocumentRenderingBenchmarkTest {

  private static final int WARMUP = 30;
  private static final int RUNS = 100;

  @Test
  void reportsMedianGenerationTimes() {
    UnitProperties unit = TestDocuments.unit();
    InvoicePdf invoicePdf = new InvoicePdf(unit);
    ReceiptPdf receiptPdf = new ReceiptPdf(unit);
    RenderContext ctx = new RenderContext("INV-6503-2026-000001", 1,
        "https://pst.example.go.id/verifikasi/AbCdEfGhIjKlMnOpQrStUvWxYz0");

    double invoice = medianMillis(() -> invoicePdf.render(TestDocuments.invoice("820261125000123"), ctx));
    double receipt = medianMillis(() -> receiptPdf.render(TestDocuments.bankReceipt(), ctx));

    System.out.printf("BENCHMARK invoice median %.2f ms, receipt median %.2f ms (%d runs after %d warm-up)%n",
        invoice, receipt, RUNS, WARMUP);
    assertThat(invoice).isPositive();
    assertThat(receipt).isPositive();
  }

  private static double medianMillis(Supplier<RenderedFile> render) {
    for (int i = 0; i < WARMUP; i++) {
      Sha256.hex(render.get().bytes());
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      Sha256.hex(render.get().bytes());
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return (nanos[RUNS / 2 - 1] + nanos[RUNS / 2]) / 2.0 / 1_000_000.0;
  }
}
