package id.go.bps.pst.visit;

import java.util.List;

/** A guest book entry with one or more problems; the message lists them all. */
public class GuestBookException extends RuntimeException {

  private final List<String> problems;

  public GuestBookException(List<String> problems) {
    super("Buku tamu belum benar: " + String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
