package id.go.bps.pst.document.internal;

import id.go.bps.pst.common.UnitProperties;
import com.lowagie.text.pdf.PdfPTable;
import id.go.bps.pst.document.DocumentProperties;
import id.go.bps.pst.document.SampleData;
import id.go.bps.pst.document.VariableInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * The microdata sample (contoh data mikro): one ZIP holding
 * <ul>
 *   <li>{@code <number>.csv}: exactly the ordered variables, in order, and the first N records of the
 *       extract (N = {@code pst.documents.sample-rows}), in the delivery format (CSV, UTF-8);</li>
 *   <li>{@code <number>-kamus-data.pdf}: the data dictionary page (variable, label, type, width), with
 *       the regions and the verification QR code.</li>
 * </ul>
 * Keeping the dictionary out of the CSV keeps the CSV loadable as-is by statistical software.
 */
@Component
public class MicrodataSamplePackage {

  private final UnitProperties unit;
  private final int sampleRows;

  public MicrodataSamplePackage(UnitProperties unit, DocumentProperties properties) {
    this.unit = unit;
    this.sampleRows = properties.sampleRows();
  }

  public RenderedFile render(SampleData d, RenderContext ctx) {
    String base = RenderedFile.safeName(ctx.number());
    List<List<String>> rows = sampleRows(d);
    byte[] csv = csv(d, rows);
    byte[] dictionary = dictionary(d, rows.size(), base + ".csv", ctx);
    return new RenderedFile(zip(base, csv, dictionary), base + ".zip", RenderedFile.ZIP);
  }

  /** The first N rows of the extract, each reduced to the ordered variables in their order. */
  List<List<String>> sampleRows(SampleData d) {
    int[] columns = d.variables().stream().mapToInt(v -> d.header().indexOf(v.name())).toArray();
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : d.rows().subList(0, Math.min(sampleRows, d.rows().size()))) {
      List<String> projected = new ArrayList<>(columns.length);
      for (int c : columns) {
        projected.add(row.get(c));
      }
      out.add(projected);
    }
    return out;
  }

  private static byte[] csv(SampleData d, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    Csv.appendRow(sb, d.variables().stream().map(VariableInfo::name).toList());
    rows.forEach(r -> Csv.appendRow(sb, r));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private byte[] dictionary(SampleData d, int rowCount, String csvName, RenderContext ctx) {
    PdfComposer pdf = new PdfComposer(unit(), "Contoh Data Mikro " + ctx.number(), ctx);
    pdf.title("Contoh Data Mikro dan Kamus Data");
    pdf.fields(List.of(
        new String[] {"Nomor permintaan", d.requestNumber()},
        new String[] {"Data", d.datasetTitle()},
        new String[] {"Wilayah", d.regions().isEmpty() ? "Seluruh wilayah" : String.join(", ", d.regions())},
        new String[] {"Jumlah variabel", Integer.toString(d.variables().size())},
        new String[] {"Jumlah baris contoh", Integer.toString(rowCount)},
        new String[] {"Berkas contoh", csvName}));
    pdf.heading("Kamus data");
    PdfPTable t = pdf.table(new float[] {6, 22, 48, 12, 12}, List.of("No", "Variabel", "Label", "Tipe", "Lebar"),
        new boolean[] {false, false, false, false, true});
    int no = 1;
    for (VariableInfo v : d.variables()) {
      t.addCell(pdf.cell(Integer.toString(no++), pdf.regular(), false));
      t.addCell(pdf.cell(v.name(), pdf.regular(), false));
      t.addCell(pdf.cell(v.label(), pdf.regular(), false));
      t.addCell(pdf.cell(v.type(), pdf.regular(), false));
      t.addCell(pdf.cell(v.width() == null ? "" : v.width().toString(), pdf.regular(), true));
    }
    pdf.add(t);
    pdf.paragraph("Contoh ini memuat " + rowCount + " baris pertama dari data yang dipesan, dengan variabel "
        + "dan urutan yang sama dengan data yang akan diserahkan. Periksalah sebelum menyetujui invoice "
        + "dan perjanjian penggunaan data; mintalah perbaikan kepada petugas apabila tidak sesuai.");
    return pdf.finish();
  }

  private static byte[] zip(String base, byte[] csv, byte[] dictionary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length + dictionary.length + 512);
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(base + ".csv"));
      zip.write(csv);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(base + "-kamus-data.pdf"));
      zip.write(dictionary);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The unit of the document being issued (its request's), or the configured default. */
  private UnitProperties unit() {
    return DocumentUnit.or(unit);
  }
}
