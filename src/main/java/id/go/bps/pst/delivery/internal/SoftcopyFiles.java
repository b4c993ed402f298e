package id.go.bps.pst.delivery.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.CatalogView;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.CatalogEntry;
import id.go.bps.pst.common.ProductType;
import id.go.bps.pst.common.UnitProperties;
import id.go.bps.pst.delivery.DeliveryFile;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.SaleRequest;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What file each order line delivers, and its bytes, by the kind's {@link ProductType#delivery()}.
 * Microdata ({@code EXTRACT_CSV}): the real extract of the ordered variables and regions (CSV, from the
 * catalogue). Publications (softcopy), digital maps and other kinds ({@code GENERATED_PDF}): this
 * deployment stores no such files, so a PDF generated from the catalogue metadata, clearly labelled
 * as generated, stands in for them. Hardcopies are collected at the counter: no link.
 */
@Component
public class SoftcopyFiles {

  /** What a line delivers. */
  public record Spec(String productId, String title, String fileName, String contentType, boolean generated) {
  }

  private final CatalogService catalog;
  private final MicrodataExtractService extracts;
  private final UnitProperties unit;

  private final id.go.bps.pst.common.UnitDirectory units;

  SoftcopyFiles(CatalogService catalog, MicrodataExtractService extracts, UnitProperties unit,
      id.go.bps.pst.common.UnitDirectory units) {
    this.catalog = catalog;
    this.extracts = extracts;
    this.unit = unit;
    this.units = units;
  }

  /** The name of the request's unit (records from before units: the configured unit). */
  private String unitName(SaleRequest request) {
    return units.find(request.unitCode()).map(id.go.bps.pst.common.Unit::name).orElse(unit.name());
  }

  /** The file of a line, titled from the catalogue of the request's unit. */
  public Optional<Spec> specFor(SaleRequest request, OrderLine line) {
    String requestNumber = request.requestNumber();
    CatalogView catalog = this.catalog.forUnit(request.unitCode());
    String id = bareId(line.productId());
    String base = requestNumber + "-" + line.lineNo() + "-" + id;
    ProductType type = line.productType();
    if (type.hasFormats() && "HARDCOPY".equals(line.productFormat())) {
      return Optional.empty();
    }
    String title = catalog.require(type, id).title();
    return Optional.of(switch (type.delivery()) {
      case EXTRACT_CSV -> new Spec(id, title, base + ".csv", "text/csv", false);
      case GENERATED_PDF -> new Spec(id, title, base + ".pdf", "application/pdf", true);
    });
  }

  public byte[] bytes(SaleRequest request, DeliveryFile file, String variables, String regions) {
    CatalogView catalog = this.catalog.forUnit(request.unitCode());
    ProductType type = file.productType();
    return switch (type.delivery()) {
      case EXTRACT_CSV -> extracts.bytes(request.unitCode(), file.productId(), list(variables), list(regions));
      case GENERATED_PDF -> generatedPdf(request, type, catalog.require(type, file.productId()));
    };
  }

  /** E.g. "Publikasi: <title>" with the entry's metadata lines (title, year, pages). */
  private byte[] generatedPdf(SaleRequest request, ProductType type, CatalogEntry entry) {
    return pdf(request, type.label() + ": " + entry.title(), entry.details());
  }

  private byte[] pdf(SaleRequest request, String title, List<String> metadata) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
    PdfWriter.getInstance(doc, out);
    doc.addTitle(title);
    String seller = unitName(request);
    doc.addCreator("Penjualan Produk Statistik - " + seller);
    doc.open();
    Font warn = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(160, 20, 20));
    doc.add(new Paragraph("BERKAS DIBANGKITKAN - BUKAN BERKAS ASLI PRODUK", warn));
    doc.add(new Paragraph("Berkas ini dibangkitkan otomatis dari metadata katalog karena berkas asli produk "
        + "tidak tersimpan dalam sistem ini. Hubungi petugas PST untuk berkas asli.", new Font(Font.HELVETICA, 9)));
    doc.add(new Paragraph(" "));
    doc.add(new Paragraph(seller.toUpperCase(Locale.ROOT),
        new Font(Font.HELVETICA, 12, Font.BOLD)));
    doc.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
    for (String line : metadata) {
      doc.add(new Paragraph(line, new Font(Font.HELVETICA, 10)));
    }
    doc.add(new Paragraph(" "));
    doc.add(new Paragraph("Nomor permintaan: " + request.requestNumber(), new Font(Font.HELVETICA, 10)));
    doc.close();
    return out.toByteArray();
  }

  private static String bareId(String productId) {
    int colon = productId == null ? -1 : productId.indexOf(':');
    return colon < 0 ? productId : productId.substring(colon + 1);
  }

  private static List<String> list(String csv) {
    if (csv == null || csv.isBlank()) {
      return null;
    }
    return Arrays.stream(csv.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
