package id.go.bps.pst.tariff.internal.web;

import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.QuoteService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public price quotes (no personal data; open without login for the kiosk and the portal). */
@RestController
@RequestMapping("/api/quotes")
@Tag(name = "Tarif PNBP", description = "Penawaran harga pesanan menurut jadwal tarif yang berlaku pada tanggal pesanan")
class QuoteController {

  static final String EXAMPLE = """
      {"date": "2026-11-25", "userCategory": "INDIVIDUAL", "commercial": false,
       "items": [
         {"type": "PUBLICATION", "id": "indikator-kesra-tana-tidung-2024", "format": "SOFTCOPY", "quantity": 1},
         {"type": "MICRODATA", "id": "sakernas-2024-agustus", "variables": ["JK", "UMUR", "UPAH_BULANAN"], "regions": ["Sesayap"]},
         {"type": "MAP", "id": "wks-6503-kecamatan", "quantity": 2},
         {"type": "MICRODATA_SIZE", "bytes": 1234567, "processing": false},
         {"type": "PUBLICATION_PAGES", "pages": 101}
       ]}""";

  private final QuoteService quotes;

  QuoteController(QuoteService quotes) {
    this.quotes = quotes;
  }

  @PostMapping
  @Operation(summary = "Hitung tarif PNBP sebuah pesanan",
      description = "Setiap baris memuat jumlah, harga satuan, nilai dan penjelasan (ukuran berkas dalam byte, "
          + "jumlah blok, harga satuan). Total dalam rupiah utuh. Tarif Rp0 tidak diterapkan di sini (lihat DMN zero-tariff).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "keranjang", value = EXAMPLE))))
  @ApiResponse(responseCode = "200", description = "Penawaran harga")
  @ApiResponse(responseCode = "400", description = "Produk/variabel tidak dikenal, jumlah <= 0 atau di atas batas, lebih "
      + "dari 50 item, tanggal sebelum jadwal mana pun, jadwal tanpa nominal, atau isi permintaan tidak sah "
      + "(problem details RFC 9457, pesan dalam Bahasa Indonesia)")
  @ApiResponse(responseCode = "429", description = "Terlalu banyak permintaan dari klien ini")
  Quote quote(@jakarta.validation.Valid @RequestBody QuoteRequest request,
      @io.swagger.v3.oas.annotations.Parameter(description = "Kode unit (satker) yang menjual; tanpa kode: unit bawaan. "
          + "Harga menurut katalog unit itu (katalog bersama dengan produk dan versi entri milik unit); produk "
          + "yang tidak dijual unit itu atau milik unit lain ditolak (400).")
      @org.springframework.web.bind.annotation.RequestParam(name = "unit", required = false) String unit) {
    return unit == null || unit.isBlank() ? quotes.quote(request) : quotes.quote(request, unit.strip());
  }
}
