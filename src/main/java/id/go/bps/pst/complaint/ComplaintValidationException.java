package id.go.bps.pst.complaint;

import java.util.List;

/** A complaint that cannot be accepted as given; the problems are for the person who typed it. */
public class ComplaintValidationException extends RuntimeException {

  private final List<String> problems;

  public ComplaintValidationException(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public ComplaintValidationException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
