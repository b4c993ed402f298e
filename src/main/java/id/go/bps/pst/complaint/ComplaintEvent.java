package id.go.bps.pst.complaint;

import java.time.Instant;

/**
 * One entry of a complaint's history: who did what, when, and the status after it. Public entries
 * are shown to the complainant on the tracking page; the others only to staff.
 */
public record ComplaintEvent(Instant occurredAt, String actor, String action, ComplaintStatus status, String note,
    boolean publicNote) {

  private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
      java.util.Map.entry("RECEIVED", "Pengaduan diterima"),
      java.util.Map.entry("REQUEST_NOT_LINKED", "Nomor permintaan tidak ditautkan"),
      java.util.Map.entry("TRIAGED", "Ditelaah (tanggapan pertama)"),
      java.util.Map.entry("ASSIGNED", "Petugas ditunjuk"),
      java.util.Map.entry("ANSWER_WRITTEN", "Jawaban disusun"),
      java.util.Map.entry("ANSWERED", "Jawaban dikirim"),
      java.util.Map.entry("ANSWER_SENT_NOTE", "Catatan pengiriman jawaban"),
      java.util.Map.entry("ESCALATED_FIRST_RESPONSE", "Eskalasi: tanggapan pertama terlambat"),
      java.util.Map.entry("ESCALATED_ANSWER", "Eskalasi: jawaban terlambat"),
      java.util.Map.entry("ESCALATION_HANDLED", "Eskalasi ditindaklanjuti"),
      java.util.Map.entry("REOPENED", "Dibuka kembali oleh pengadu"),
      java.util.Map.entry("CLOSED", "Selesai"));

  /** The action in Bahasa Indonesia (the code itself when it has no label). */
  public String actionLabel() {
    return LABELS.getOrDefault(action, action);
  }
}
