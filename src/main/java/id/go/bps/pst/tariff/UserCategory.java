package id.go.bps.pst.tariff;

/** Category of the visitor (pengguna layanan), used by the DMN decisions on documents and Rp0. */
public enum UserCategory {
  GOVERNMENT_AGENCY("Instansi pemerintah pusat/daerah"),
  STATE_INSTITUTION("Lembaga negara"),
  FOREIGN_MISSION("Perwakilan negara asing"),
  INTERNATIONAL_BODY("Lembaga internasional"),
  EDUCATIONAL_INSTITUTION("Lembaga pendidikan"),
  STUDENT("Mahasiswa/pelajar"),
  PRIVATE("Swasta"),
  INDIVIDUAL("Perorangan"),
  OTHER("Lainnya");

  private final String label;

  UserCategory(String label) {
    this.label = label;
  }

  /** The Indonesian label shown to users. */
  public String label() {
    return label;
  }
}
