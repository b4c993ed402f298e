package id.go.bps.pst.tariff;

import static id.go.bps.pst.common.IndonesianFormat.date;

import id.go.bps.pst.catalog.CatalogEntry;
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.CatalogView;
import id.go.bps.pst.catalog.MicrodataDataset;
import id.go.bps.pst.catalog.MicrodataExtract;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.Publication;
import id.go.bps.pst.catalog.PublicationFormat;
import id.go.bps.pst.catalog.WksMap;
import id.go.bps.pst.common.Rupiah;
import id.go.bps.pst.tariff.TariffRule.Flat;
import id.go.bps.pst.tariff.TariffRule.FirstBlockThenPerBlock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Prices an order under the tariff schedule in force on its date, line by line, with an Indonesian
 * explanation on every line. Microdata is priced by the exact size of the file delivered.
 */
@Service
public class QuoteService {

  /** The default unit's zone (WITA), for a quote without a unit when the units are not known. */
  private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Makassar");

  private final CatalogService catalog;
  private final MicrodataExtractService extracts;
  private final TariffSchedules schedules;

  private id.go.bps.pst.common.UnitDirectory units;

  /** The units' lists of products they do not sell (set by Spring; absent in plain unit tests). */
  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setUnits(id.go.bps.pst.common.UnitDirectory units) {
    this.units = units;
  }

  public QuoteService(CatalogService catalog, MicrodataExtractService extracts, TariffSchedules schedules) {
    this.catalog = catalog;
    this.extracts = extracts;
    this.schedules = schedules;
  }

  /**
   * The quote for a unit's visitor: refused with an Indonesian message naming the item when the unit does
   * not sell one of the products (its list in pst_unit_unsold_product; the tariff itself is national).
   */
  public Quote quote(QuoteRequest request, String unitCode) {
    if (request != null && request.items() != null && unitCode != null && units != null) {
      id.go.bps.pst.common.UnitSettings settings = units.settings(unitCode);
      for (int i = 0; i < request.items().size(); i++) {
        QuoteItem item = request.items().get(i);
        if (item == null || item.type() == null) {
          continue;
        }
        // a tariff check counts as the kind whose tariff it checks
        id.go.bps.pst.common.ProductType type = item.type().kind();
        String format = item.type().product().filter(id.go.bps.pst.common.ProductType::hasFormats).isPresent()
            && item.format() != null ? item.format().name() : null;
        if (!settings.sells(type, item.id(), format)) {
          String unitName = units.find(unitCode).map(id.go.bps.pst.common.Unit::name).orElse("Unit " + unitCode);
          String what = type.salesNoun() + (format == null ? "" : "HARDCOPY".equals(format) ? " cetak" : " elektronik");
          throw new QuoteException("Item ke-" + (i + 1) + ": " + unitName + " tidak melayani penjualan " + what
              + (item.id() == null || item.id().isBlank() ? "" : " " + item.id().strip())
              + ". Silakan pilih produk lain atau hubungi BPS provinsi/unit lain yang menyediakannya");
        }
      }
    }
    return priced(request, catalog.forUnit(unitCode), unitCode);
  }

  /** The zone whose today picks the tariff schedule of a quote without a date: the selling unit's. */
  public ZoneId zoneOf(String unitCode) {
    if (units == null) {
      return DEFAULT_ZONE;
    }
    return (unitCode == null ? java.util.Optional.<id.go.bps.pst.common.Unit>empty() : units.find(unitCode))
        .orElseGet(units::defaultUnit).zoneId();
  }

  /** The quote in the default unit's catalogue (no unit's list of products not sold applies). */
  public Quote quote(QuoteRequest request) {
    return priced(request, catalog.forUnit(null), null);
  }

  private Quote priced(QuoteRequest request, CatalogView view, String unitCode) {
    if (request == null) {
      throw new QuoteException("Permintaan penawaran harga kosong");
    }
    LocalDate date = request.date() != null ? request.date() : LocalDate.now(zoneOf(unitCode));
    TariffSchedule schedule = scheduleFor(date);
    if (request.items() == null || request.items().isEmpty()) {
      throw new QuoteException("Pesanan harus memuat sedikitnya satu item (items)");
    }
    List<QuoteLine> lines = new ArrayList<>(request.items().size());
    long total = 0;
    for (int i = 0; i < request.items().size(); i++) {
      QuoteLine line = line(i + 1, request.items().get(i), schedule, view);
      lines.add(line);
      total = Math.addExact(total, line.amount());
    }
    return new Quote(date, schedule.code(), schedule.legalBasis(), request.userCategory(),
        Boolean.TRUE.equals(request.commercial()), lines, total);
  }

  private TariffSchedule scheduleFor(LocalDate date) {
    TariffSchedule schedule = schedules.inForceOn(date).orElseThrow(() -> {
      List<TariffSchedule> all = schedules.all();
      String earliest = all.isEmpty() ? "" : "; jadwal paling awal (" + all.get(0).shortName()
          + ") berlaku mulai " + date(all.get(0).effectiveFrom());
      return new QuoteException("Tidak ada jadwal tarif PNBP yang berlaku pada tanggal " + date(date) + earliest);
    });
    if (!schedule.amountsAvailable()) {
      String until = schedule.effectiveTo() == null ? "sekarang" : date(schedule.effectiveTo().minusDays(1));
      throw new QuoteException("Pesanan bertanggal " + date(date) + " berada dalam masa berlaku "
          + schedule.shortName() + " (" + date(schedule.effectiveFrom()) + " s.d. " + until
          + "), tetapi nominal tarif dalam lampiran " + schedule.shortName()
          + " tidak tersedia dalam sistem, sehingga pesanan ini tidak dapat ditarifkan");
    }
    return schedule;
  }

  private QuoteLine line(int no, QuoteItem item, TariffSchedule schedule, CatalogView view) {
    String prefix = "Item ke-" + no + ": ";
    if (item == null) {
      throw new QuoteException(prefix + "item kosong");
    }
    if (item.type() == null) {
      throw new QuoteException(prefix + "jenis item (type) wajib diisi: PUBLICATION, MICRODATA, MAP, "
          + "MICRODATA_SIZE atau PUBLICATION_PAGES");
    }
    try {
      return switch (item.type()) {
        case PUBLICATION -> publication(no, item, schedule, view);
        case PUBLICATION_PAGES -> publicationPages(no, item, schedule);
        case MICRODATA -> microdata(no, item, schedule, view);
        case MICRODATA_SIZE -> microdataSize(no, item, schedule);
        case MAP -> map(no, item, schedule, view);
      };
    } catch (CatalogException e) {
      throw new QuoteException(prefix + e.getMessage());
    } catch (QuoteException e) {
      throw new QuoteException(prefix + e.getMessage());
    } catch (ArithmeticException e) {
      throw new QuoteException(prefix + "nilai terlalu besar untuk dihitung");
    }
  }

  private QuoteLine publication(int no, QuoteItem item, TariffSchedule schedule, CatalogView view) {
    Publication pub = view.requirePublication(requireId(item));
    PublicationFormat format = item.format() == null ? PublicationFormat.SOFTCOPY : item.format();
    if (!pub.formats().contains(format)) {
      throw new QuoteException("publikasi '" + pub.id() + "' tidak tersedia dalam format " + format);
    }
    TariffProduct product = format == PublicationFormat.HARDCOPY
        ? TariffProduct.PUBLICATION_HARDCOPY : TariffProduct.PUBLICATION_SOFTCOPY;
    String description = format.label() + ": " + pub.title() + " (" + pub.pages() + " halaman)";
    return blockLine(no, item.type(), pub.id(), description, schedule, product, pub.pages(),
        quantity(item), "eksemplar", null);
  }

  private QuoteLine publicationPages(int no, QuoteItem item, TariffSchedule schedule) {
    long pages = positive(item.pages(), "jumlah halaman (pages)");
    return blockLine(no, item.type(), null, "Publikasi elektronik " + Rupiah.grouped(pages) + " halaman", schedule,
        TariffProduct.PUBLICATION_SOFTCOPY, pages, quantity(item), "eksemplar", null);
  }

  private QuoteLine microdata(int no, QuoteItem item, TariffSchedule schedule, CatalogView view) {
    MicrodataDataset dataset = view.requireMicrodataDataset(requireId(item));
    MicrodataExtract extract = extracts.describe(view.unitCode(), dataset.id(), item.variables(), item.regions());
    if (extract.records() == 0) {
      throw new QuoteException("ekstrak data mikro '" + dataset.id()
          + "' untuk wilayah yang dipilih tidak memuat satu record pun (ukuran nol)");
    }
    boolean processing = Boolean.TRUE.equals(item.processing());
    String description = "Data mikro " + dataset.title() + ": "
        + (extract.fullSet() ? "seluruh variabel (full set)" : extract.variables().size() + " variabel")
        + ", " + (extract.allRegions() ? "semua kecamatan" : "kecamatan " + regionNames(dataset, extract))
        + ", " + Rupiah.grouped(extract.records()) + " record" + (processing ? ", dengan pengolahan (tabulasi)" : "");
    return microdataLine(no, item, schedule, dataset.id(), description, extract.sizeBytes(), processing);
  }

  private QuoteLine microdataSize(int no, QuoteItem item, TariffSchedule schedule) {
    long bytes = positive(item.bytes(), "ukuran berkas (bytes)");
    boolean processing = Boolean.TRUE.equals(item.processing());
    String description = "Data mikro " + (processing ? "dengan pengolahan (tabulasi)" : "tanpa pengolahan")
        + ", berkas " + Rupiah.grouped(bytes) + " byte";
    return microdataLine(no, item, schedule, null, description, bytes, processing);
  }

  private QuoteLine microdataLine(int no, QuoteItem item, TariffSchedule schedule, String productId,
      String description, long bytes, boolean processing) {
    if (processing) {
      long tables = item.tables() != null ? positive(item.tables(), "jumlah tabel (tables)") : quantity(item);
      return blockLine(no, item.type(), productId, description, schedule, TariffProduct.MICRODATA_PROCESSING,
          bytes, tables, "tabel", bytes);
    }
    return blockLine(no, item.type(), productId, description, schedule, TariffProduct.MICRODATA, bytes,
        quantity(item), "salinan", bytes);
  }

  private QuoteLine map(int no, QuoteItem item, TariffSchedule schedule, CatalogView view) {
    WksMap map = view.requireMap(requireId(item));
    return flatLine(no, item, schedule, map, TariffProduct.valueOf("MAP_" + map.kind()));
  }

  /**
   * A catalogue entry priced per unit under one tariff item (maps; also the way to price a new kind that
   * needs nothing more: README "Adding a product type").
   */
  private QuoteLine flatLine(int no, QuoteItem item, TariffSchedule schedule, CatalogEntry entry,
      TariffProduct product) {
    long quantity = quantity(item);
    TariffItem tariff = tariffItem(schedule, product);
    if (!(tariff.rule() instanceof Flat flat)) {
      throw new QuoteException("butir " + tariff.code() + " bukan tarif per satuan");
    }
    long amount = Math.multiplyExact(flat.unitPrice(), quantity);
    String explanation = Rupiah.format(flat.unitPrice()) + " per " + flat.unitName() + " x " + Rupiah.grouped(quantity) + " "
        + flat.unitName() + " = " + Rupiah.format(amount) + source(tariff, schedule);
    return new QuoteLine(no, item.type(), entry.id(), entry.title(), tariff.code(), quantity,
        flat.unitPrice(), amount, explanation, null, null);
  }

  private QuoteLine blockLine(int no, QuoteItemType type, String productId, String description,
      TariffSchedule schedule, TariffProduct product, long measure, long quantity, String per, Long bytes) {
    TariffItem tariff = tariffItem(schedule, product);
    if (!(tariff.rule() instanceof FirstBlockThenPerBlock rule)) {
      throw new QuoteException("butir " + tariff.code() + " bukan tarif blok");
    }
    long blocks = rule.blocks(measure);
    long unitPrice = rule.price(measure);
    long amount = Math.multiplyExact(unitPrice, quantity);
    StringBuilder sb = new StringBuilder(160)
        .append(rule.measure()).append(' ').append(Rupiah.grouped(measure)).append(' ').append(rule.unitName())
        .append(": ").append(rule.firstBlockLabel()).append(" pertama ").append(Rupiah.format(rule.firstBlockPrice()))
        .append(" + ").append(Rupiah.grouped(blocks)).append(" blok ").append(rule.blockLabel())
        .append(" x ").append(Rupiah.format(rule.blockPrice())).append(" = ").append(Rupiah.format(unitPrice));
    if (product == TariffProduct.MICRODATA_PROCESSING || quantity != 1) {
      sb.append(" per ").append(per).append("; ").append(Rupiah.grouped(quantity)).append(' ').append(per)
          .append(" x ").append(Rupiah.format(unitPrice)).append(" = ").append(Rupiah.format(amount));
    }
    sb.append(source(tariff, schedule));
    return new QuoteLine(no, type, productId, description, tariff.code(), quantity, unitPrice, amount,
        sb.toString(), bytes, blocks);
  }

  private static TariffItem tariffItem(TariffSchedule schedule, TariffProduct product) {
    return schedule.item(product).orElseThrow(() -> new QuoteException(product.label()
        + " tidak termasuk jenis PNBP dalam " + schedule.shortName() + ", sehingga tidak dijual"
        + (product == TariffProduct.PUBLICATION_HARDCOPY ? "; pesan format SOFTCOPY (publikasi elektronik)" : "")));
  }

  private static String source(TariffItem item, TariffSchedule schedule) {
    return " (butir " + item.code() + " " + schedule.shortName() + ")";
  }

  private static String regionNames(MicrodataDataset dataset, MicrodataExtract extract) {
    return String.join(", ", dataset.regions().stream()
        .filter(r -> extract.regionCodes().contains(r.code())).map(r -> r.name()).toList());
  }

  private static String requireId(QuoteItem item) {
    if (item.id() == null || item.id().isBlank()) {
      throw new QuoteException("id produk wajib diisi untuk item " + item.type());
    }
    return item.id().trim();
  }

  private static long quantity(QuoteItem item) {
    return item.quantity() == null ? 1 : positive(item.quantity(), "jumlah (quantity)");
  }

  private static long positive(Long value, String field) {
    if (value == null) {
      throw new QuoteException(field + " wajib diisi");
    }
    if (value <= 0) {
      throw new QuoteException(field + " harus lebih dari 0, diterima " + value);
    }
    return value;
  }
}
