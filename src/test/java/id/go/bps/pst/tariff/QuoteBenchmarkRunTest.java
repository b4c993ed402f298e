package id.go.bps.pst.tariff;

import org.junit.jupiter.api.Test;

/** Runs {@link QuoteBenchmark} with the tests so the figure lands in the surefire output (no assertion). */
class QuoteBenchmarkRunTest {

  @Test
  void printsTheFigure() {
    QuoteBenchmark.main(new String[0]);
  }
}
