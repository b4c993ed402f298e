package id.go.bps.pst.complaint.internal;

import id.go.bps.pst.complaint.ComplaintChannel;
import id.go.bps.pst.complaint.ComplaintSubmission;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a complaint as typed; every problem is a sentence in Bahasa Indonesia for the person who typed it. */
public final class ComplaintValidator {

  public static final int MIN_DESCRIPTION = 20;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_NAME = id.go.bps.pst.common.ContactRules.MAX_NAME;
  public static final int MAX_EMAIL = id.go.bps.pst.common.ContactRules.MAX_EMAIL;
  static final Pattern NAME = id.go.bps.pst.common.ContactRules.NAME;
  static final Pattern EMAIL = id.go.bps.pst.common.ContactRules.EMAIL;
  static final Pattern PHONE = id.go.bps.pst.common.ContactRules.PHONE;
  static final Pattern REQUEST_NUMBER = Pattern.compile("\\d{4}-\\d{4}-\\d{6}");
  static final Pattern LAPOR_REFERENCE = Pattern.compile("[A-Za-z0-9#./-]{4,40}");
  static final Pattern MARKUP = Pattern.compile("[<>{}]");
  /** Name stored for an anonymous letter from the box or a LAPOR! report without a name. */
  public static final String ANONYMOUS = "Tanpa nama";

  private ComplaintValidator() {}

  /** The submission with its text fields trimmed and emptied ones set to null; the phone keeps digits and a leading +. */
  public static ComplaintSubmission normalize(ComplaintSubmission s) {
    String phone = blankToNull(s.phone());
    if (phone != null) {
      phone = id.go.bps.pst.common.ContactRules.phoneDigits(phone);
    }
    String email = blankToNull(s.email());
    return new ComplaintSubmission(blankToNull(s.unitCode()), s.channel(), s.category(), blankToNull(s.name()),
        email == null ? null : email.toLowerCase(java.util.Locale.ROOT), phone, blankToNull(s.description()),
        blankToNull(s.requestNumber()));
  }

  /** Problems of a normalized submission (empty when it can be accepted); the sale link is checked by the caller. */
  public static List<String> validate(ComplaintSubmission s, String laporReference) {
    List<String> problems = new ArrayList<>();
    ComplaintChannel channel = s.channel();
    if (channel == null) {
      problems.add("Pilih saluran pengaduan.");
    }
    if (s.category() == null) {
      problems.add("Pilih kategori pengaduan (layanan, tarif, produk, perilaku petugas, sarana, atau lainnya).");
    }
    boolean anonymousAllowed = channel == ComplaintChannel.BOX || channel == ComplaintChannel.LAPOR;
    if (s.name() == null) {
      if (!anonymousAllowed) {
        problems.add("Nama wajib diisi.");
      }
    } else if (s.name().length() > MAX_NAME) {
      problems.add("Nama terlalu panjang: paling banyak " + MAX_NAME + " karakter.");
    } else if (!NAME.matcher(s.name()).matches()) {
      problems.add("Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung (paling sedikit 2 huruf).");
    }
    if (s.email() != null) {
      if (s.email().length() > MAX_EMAIL) {
        problems.add("Alamat e-mail terlalu panjang: paling banyak " + MAX_EMAIL + " karakter.");
      } else if (!EMAIL.matcher(s.email()).matches()) {
        problems.add("Alamat e-mail tidak valid (contoh: nama@contoh.com).");
      }
    }
    if (s.phone() != null && !PHONE.matcher(s.phone()).matches()) {
      problems.add("Nomor telepon/WhatsApp tidak valid: 9 sampai 15 angka, boleh diawali +, contoh 0812-5565-0671.");
    }
    if (channel == ComplaintChannel.EMAIL && s.email() == null) {
      problems.add("Pengaduan lewat e-mail: isi alamat e-mail pengadu.");
    } else if ((channel == ComplaintChannel.SMS || channel == ComplaintChannel.WHATSAPP) && s.phone() == null) {
      problems.add("Pengaduan lewat SMS/WhatsApp: isi nomor telepon pengadu.");
    } else if (channel != null && !anonymousAllowed && s.email() == null && s.phone() == null) {
      problems.add("Isi alamat e-mail atau nomor telepon/WhatsApp agar jawaban dapat kami kirimkan.");
    }
    String description = s.description();
    if (description == null) {
      problems.add("Uraian pengaduan wajib diisi.");
    } else if (description.length() < MIN_DESCRIPTION) {
      problems.add("Uraian pengaduan terlalu singkat: tulis paling sedikit " + MIN_DESCRIPTION
          + " karakter tentang apa yang terjadi.");
    } else if (description.length() > MAX_DESCRIPTION) {
      problems.add("Uraian pengaduan terlalu panjang: paling banyak 4.000 karakter.");
    }
    if (s.requestNumber() != null && !REQUEST_NUMBER.matcher(s.requestNumber()).matches()) {
      problems.add("Nomor permintaan harus seperti 6503-2026-000123 (kode satker, tahun, 6 angka), atau dikosongkan.");
    }
    if (channel == ComplaintChannel.LAPOR) {
      if (laporReference == null || laporReference.isBlank()) {
        problems.add("Pengaduan dari SP4N-LAPOR!: isi nomor/ID laporan LAPOR!.");
      } else if (!LAPOR_REFERENCE.matcher(laporReference.strip()).matches()) {
        problems.add("Nomor laporan LAPOR! hanya boleh berisi huruf, angka, #, titik, garis miring dan tanda hubung (4-40 karakter).");
      }
    }
    for (String text : new String[] {s.name(), laporReference}) {
      if (text != null && MARKUP.matcher(text).find()) {
        problems.add("Isian tidak boleh memuat tanda < > { }.");
        break;
      }
    }
    return problems;
  }

  static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
