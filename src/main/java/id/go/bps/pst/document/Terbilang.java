package id.go.bps.pst.document;

/**
 * Writes a rupiah amount in Indonesian words ("terbilang"), from 0 to 999.999.999.999.
 * Irregular forms: "sebelas", "seratus", "seribu"; "satu juta" and "satu miliar" keep "satu".
 */
public final class Terbilang {

  /** The largest amount this class can write: 999.999.999.999. */
  public static final long MAX = 999_999_999_999L;

  private static final String[] UNITS = {
      "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
      "sepuluh", "sebelas"};

  private Terbilang() {
  }

  /** The amount in words, e.g. 1_500 gives "seribu lima ratus", 0 gives "nol". */
  public static String of(long amount) {
    if (amount < 0 || amount > MAX) {
      throw new IllegalArgumentException("terbilang supports 0.." + MAX + ", got " + amount);
    }
    if (amount == 0) {
      return "nol";
    }
    return words(amount).trim();
  }

  /** The amount in words followed by "rupiah", e.g. "tujuh puluh ribu rupiah". */
  public static String rupiah(long amount) {
    return of(amount) + " rupiah";
  }

  private static String words(long n) {
    if (n < 12) {
      return UNITS[(int) n];
    }
    if (n < 20) {
      return UNITS[(int) (n - 10)] + " belas";
    }
    if (n < 100) {
      return join(UNITS[(int) (n / 10)] + " puluh", words(n % 10));
    }
    if (n < 200) {
      return join("seratus", words(n - 100));
    }
    if (n < 1_000) {
      return join(UNITS[(int) (n / 100)] + " ratus", words(n % 100));
    }
    if (n < 2_000) {
      return join("seribu", words(n - 1_000));
    }
    if (n < 1_000_000) {
      return join(words(n / 1_000) + " ribu", words(n % 1_000));
    }
    if (n < 1_000_000_000) {
      return join(words(n / 1_000_000) + " juta", words(n % 1_000_000));
    }
    return join(words(n / 1_000_000_000) + " miliar", words(n % 1_000_000_000));
  }

  private static String join(String head, String tail) {
    return tail.isEmpty() ? head : head + " " + tail;
  }
}
