package id.go.bps.pst.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.MicrodataExtractService;
import id.go.bps.pst.catalog.PublicationFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteServiceTest {

  static final CatalogService CATALOG = CatalogService.fromClasspath();
  static final MicrodataExtractService EXTRACTS = new MicrodataExtractService(CATALOG);
  static final QuoteService QUOTES = new QuoteService(CATALOG, EXTRACTS, TariffSchedules.fromClasspath());
  static final LocalDate DAY = LocalDate.of(2026, 11, 25);

  static Quote quote(LocalDate date, QuoteItem... items) {
    return QUOTES.quote(new QuoteRequest(date, UserCategory.INDIVIDUAL, false, Arrays.asList(items)));
  }

  static QuoteLine line(QuoteItem item) {
    return quote(DAY, item).lines().get(0);
  }

  // Electronic publication: first 50 pages Rp50.000, each started further 50 pages Rp15.000.
  @ParameterizedTest
  @CsvSource({
      "1,   0, 50000",  // within the first block
      "50,  0, 50000",  // exactly the first block
      "51,  1, 65000",  // 1 page over: one block started -> 50.000 + 15.000
      "100, 1, 65000",  // 50 further pages: one block
      "101, 2, 80000",  // 51 further pages: two blocks -> 50.000 + 2 x 15.000
      "312, 6, 140000"  // 262 further pages: ceil(262/50) = 6 -> 50.000 + 90.000
  })
  void publicationPages(long pages, long blocks, long amount) {
    QuoteLine line = line(QuoteItem.publicationPages(pages));
    assertThat(line.blocks()).isEqualTo(blocks);
    assertThat(line.unitPrice()).isEqualTo(amount);
    assertThat(line.amount()).isEqualTo(amount);
    assertThat(line.tariffCode()).isEqualTo("I");
    assertThat(line.deliveredBytes()).isNull();
  }

  @Test
  void publicationPagesExplanation() {
    assertThat(line(QuoteItem.publicationPages(101)).explanation()).isEqualTo(
        "Tebal publikasi 101 halaman: 50 halaman pertama Rp50.000 + 2 blok 50 halaman x Rp15.000 = Rp80.000"
            + " (butir I PP 13/2024)");
  }

  // Microdata without processing: first 1 MB (1.000.000 bytes) Rp20.000, each started 1.000 bytes Rp20.
  @ParameterizedTest
  @CsvSource({
      "1,       0,   20000",
      "999999,  0,   20000",
      "1000000, 0,   20000",  // exactly 1 MB
      "1000001, 1,   20020",  // one byte over: a started block counts whole
      "1001000, 1,   20020",
      "1001001, 2,   20040",
      "1234567, 235, 24700",  // 234.567 further bytes -> 235 blocks x 20 = 4.700
      "5000000, 4000, 100000" // 4.000.000 further bytes -> 4.000 x 20 = 80.000
  })
  void microdataBySize(long bytes, long blocks, long amount) {
    QuoteLine line = line(QuoteItem.microdataSize(bytes, false));
    assertThat(line.deliveredBytes()).isEqualTo(bytes);
    assertThat(line.blocks()).isEqualTo(blocks);
    assertThat(line.amount()).isEqualTo(amount);
    assertThat(line.tariffCode()).isEqualTo("II.A");
  }

  @Test
  void microdataExplanationShowsSizeBlocksAndUnitPrice() {
    assertThat(line(QuoteItem.microdataSize(1_234_567, false)).explanation()).isEqualTo(
        "Ukuran berkas 1.234.567 byte: 1 MB pertama Rp20.000 + 235 blok 1.000 byte x Rp20 = Rp24.700"
            + " (butir II.A PP 13/2024)");
  }

  // Microdata with processing: per table, first 1 MB Rp22.000, each started 1.000 bytes Rp22.
  @ParameterizedTest
  @CsvSource({
      "1000000, 1, 0,   22000, 22000",
      "1000001, 1, 1,   22022, 22022",
      "1234567, 3, 235, 27170, 81510"  // 22.000 + 235 x 22 = 27.170 per table; x 3 = 81.510
  })
  void microdataWithProcessingPerTable(long bytes, long tables, long blocks, long unitPrice, long amount) {
    QuoteItem item = new QuoteItem(QuoteItemType.MICRODATA_SIZE, null, null, null, null, null, true, tables, bytes, null);
    QuoteLine line = line(item);
    assertThat(line.quantity()).isEqualTo(tables);
    assertThat(line.blocks()).isEqualTo(blocks);
    assertThat(line.unitPrice()).isEqualTo(unitPrice);
    assertThat(line.amount()).isEqualTo(amount);
    assertThat(line.tariffCode()).isEqualTo("II.B");
  }

  @Test
  void processingExplanationCountsTables() {
    QuoteItem item = new QuoteItem(QuoteItemType.MICRODATA_SIZE, null, null, null, null, null, true, 3L, 1_234_567L, null);
    assertThat(line(item).explanation()).isEqualTo(
        "Ukuran berkas 1.234.567 byte: 1 MB pertama Rp22.000 + 235 blok 1.000 byte x Rp22 = Rp27.170 per tabel;"
            + " 3 tabel x Rp27.170 = Rp81.510 (butir II.B PP 13/2024)");
  }

  @Test
  void zeroSizeIsRefused() {
    assertThatThrownBy(() -> line(QuoteItem.microdataSize(0, false))).isInstanceOf(QuoteException.class)
        .hasMessage("Item ke-1: ukuran berkas (bytes) harus lebih dari 0, diterima 0");
    assertThatThrownBy(() -> line(QuoteItem.publicationPages(0))).isInstanceOf(QuoteException.class)
        .hasMessageContaining("jumlah halaman (pages) harus lebih dari 0");
  }

  @Test
  void catalogueMicrodataIsPricedByTheExactDeliveredSize() {
    // SUSENAS full set: 1.053.823 bytes -> 53.823 further bytes -> 54 blocks -> 20.000 + 1.080 = 21.080
    QuoteLine line = line(QuoteItem.microdata("susenas-2024-kor-individu", null, null));
    assertThat(line.deliveredBytes()).isEqualTo(1_053_823L)
        .isEqualTo(EXTRACTS.bytes("susenas-2024-kor-individu", null, null).length);
    assertThat(line.blocks()).isEqualTo(54);
    assertThat(line.amount()).isEqualTo(21_080);
    assertThat(line.description()).contains("seluruh variabel (full set)", "semua kecamatan", "13.500 record");
  }

  @Test
  void chosenVariablesAndRegionsArePricedByTheirExtract() {
    List<String> vars = List.of("JK", "UMUR", "UPAH_BULANAN");
    QuoteLine line = line(QuoteItem.microdata("sakernas-2024-agustus", vars, List.of("Sesayap")));
    long size = EXTRACTS.bytes("sakernas-2024-agustus", vars, List.of("Sesayap")).length;
    assertThat(size).isLessThan(1_000_000);
    assertThat(line.deliveredBytes()).isEqualTo(size);
    assertThat(line.amount()).isEqualTo(20_000);
    assertThat(line.description()).contains("3 variabel", "kecamatan Sesayap");
    assertThat(line.explanation()).startsWith("Ukuran berkas " + id.go.bps.pst.common.Rupiah.grouped(size) + " byte");
  }

  @Test
  void mapsAreFlatPerMap() {
    assertThat(line(QuoteItem.map("wks-6503-kecamatan", 2)).amount()).isEqualTo(60_000);
    assertThat(line(QuoteItem.map("wks-6503-desa", 1)).amount()).isEqualTo(70_000);
    assertThat(line(QuoteItem.map("wks-indonesia-kecamatan", 1)).amount()).isEqualTo(12_000_000);
    assertThat(line(QuoteItem.map("wks-indonesia-desa", 1)).amount()).isEqualTo(36_000_000);
    assertThat(line(QuoteItem.map("wks-6503-kecamatan", 2)).explanation())
        .isEqualTo("Rp30.000 per peta x 2 peta = Rp60.000 (butir III.C PP 13/2024)");
  }

  @Test
  void cartTotalsLinesAndNamesTheSchedule() {
    Quote q = quote(DAY,
        QuoteItem.publication("kab-tana-tidung-dalam-angka-2025", PublicationFormat.SOFTCOPY, 2), // 2 x 140.000
        QuoteItem.publication("profil-kemiskinan-tana-tidung-2024", null, 1),                  // 50.000
        QuoteItem.microdataSize(1_000_001, false),                                               // 20.020
        QuoteItem.map("wks-6503-desa", 1));                                                      // 70.000
    assertThat(q.lines()).extracting(QuoteLine::lineNo).containsExactly(1, 2, 3, 4);
    assertThat(q.lines()).extracting(QuoteLine::amount).containsExactly(280_000L, 50_000L, 20_020L, 70_000L);
    assertThat(q.total()).isEqualTo(420_020);
    assertThat(q.scheduleCode()).isEqualTo("PP-13-2024");
    assertThat(q.legalBasis()).startsWith("Peraturan Pemerintah Nomor 13 Tahun 2024");
    assertThat(q.date()).isEqualTo(DAY);
    assertThat(q.lines().get(0).explanation()).contains("= Rp140.000 per eksemplar; 2 eksemplar x Rp140.000 = Rp280.000");
  }

  @Test
  void hardcopyIsNotSoldUnderPp13() {
    assertThatThrownBy(() -> line(QuoteItem.publication("kab-tana-tidung-dalam-angka-2025", PublicationFormat.HARDCOPY, 1)))
        .isInstanceOf(QuoteException.class)
        .hasMessage("Item ke-1: Publikasi cetak (HARDCOPY) tidak termasuk jenis PNBP dalam PP 13/2024, sehingga"
            + " tidak dijual; pesan format SOFTCOPY (publikasi elektronik)");
  }

  // Date boundary: PP 13/2024 from 2024-03-01 (inclusive); PP 7/2015 before it, without amounts.
  @Test
  void dateBoundaryBetweenSchedules() {
    assertThat(quote(LocalDate.of(2024, 3, 1), QuoteItem.publicationPages(50)).scheduleCode()).isEqualTo("PP-13-2024");
    assertThatThrownBy(() -> quote(LocalDate.of(2024, 2, 29), QuoteItem.publicationPages(50)))
        .isInstanceOf(QuoteException.class)
        .hasMessage("Pesanan bertanggal 29 Februari 2024 berada dalam masa berlaku PP 7/2015 (1 Februari 2015 s.d."
            + " 29 Februari 2024), tetapi nominal tarif dalam lampiran PP 7/2015 tidak tersedia dalam sistem,"
            + " sehingga pesanan ini tidak dapat ditarifkan");
    assertThatThrownBy(() -> quote(LocalDate.of(2015, 2, 1), QuoteItem.publicationPages(50)))
        .hasMessageContaining("PP 7/2015");
    assertThatThrownBy(() -> quote(LocalDate.of(2015, 1, 31), QuoteItem.publicationPages(50)))
        .isInstanceOf(QuoteException.class)
        .hasMessage("Tidak ada jadwal tarif PNBP yang berlaku pada tanggal 31 Januari 2015; jadwal paling awal"
            + " (PP 7/2015) berlaku mulai 1 Februari 2015");
  }

  @Test
  void badItemsAreNamed() {
    assertThatThrownBy(() -> line(QuoteItem.publication("tidak-ada", PublicationFormat.SOFTCOPY, 1)))
        .isInstanceOf(QuoteException.class).hasMessage("Item ke-1: Publikasi dengan id 'tidak-ada' tidak ada dalam katalog");
    assertThatThrownBy(() -> line(QuoteItem.map("peta-x", 1)))
        .hasMessage("Item ke-1: Peta digital WKS dengan id 'peta-x' tidak ada dalam katalog");
    assertThatThrownBy(() -> line(QuoteItem.microdata("podes-2024", List.of("KODE_DESA", "GAJI"), null)))
        .hasMessageStartingWith("Item ke-1: Variabel 'GAJI' tidak ada dalam dataset 'podes-2024' (variabel yang ada: "
            + "KODE_KEC, KODE_DESA, ")
        .hasMessageEndingWith(", BANJIR_3TH)");
    assertThatThrownBy(() -> line(QuoteItem.map("wks-6503-desa", 0)))
        .hasMessage("Item ke-1: jumlah (quantity) harus lebih dari 0, diterima 0");
    assertThatThrownBy(() -> line(QuoteItem.map("wks-6503-desa", -2)))
        .hasMessage("Item ke-1: jumlah (quantity) harus lebih dari 0, diterima -2");
    assertThatThrownBy(() -> quote(DAY, QuoteItem.publicationPages(10), new QuoteItem(null, "x", null, null, null, null, null, null, null, null)))
        .hasMessageStartingWith("Item ke-2: jenis item (type) wajib diisi");
    assertThatThrownBy(() -> line(new QuoteItem(QuoteItemType.MAP, null, null, 1L, null, null, null, null, null, null)))
        .hasMessage("Item ke-1: id produk wajib diisi untuk item MAP");
    assertThatThrownBy(() -> QUOTES.quote(new QuoteRequest(DAY, null, null, List.of())))
        .hasMessage("Pesanan harus memuat sedikitnya satu item (items)");
    assertThatThrownBy(() -> line(QuoteItem.map("wks-6503-desa", Long.MAX_VALUE)))
        .hasMessage("Item ke-1: nilai terlalu besar untuk dihitung");
  }

  @Test
  void everyProductTypeIsOrderedByAQuoteItemTypeOfItsName() {
    for (id.go.bps.pst.common.ProductType type : id.go.bps.pst.common.ProductType.values()) {
      assertThat(QuoteItemType.of(type).name()).isEqualTo(type.name());
      assertThat(QuoteItemType.of(type).product()).contains(type);
    }
    assertThat(QuoteItemType.MICRODATA_SIZE.product()).isEmpty();
    assertThat(QuoteItemType.PUBLICATION_PAGES.kind()).isEqualTo(id.go.bps.pst.common.ProductType.PUBLICATION);
  }
}
