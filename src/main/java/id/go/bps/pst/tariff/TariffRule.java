package id.go.bps.pst.tariff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How an item's price follows from a quantity. Amounts are whole rupiah; {@code null} = not available. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TariffRule.Flat.class, name = "FLAT"),
    @JsonSubTypes.Type(value = TariffRule.FirstBlockThenPerBlock.class, name = "FIRST_BLOCK_THEN_PER_BLOCK")
})
public sealed interface TariffRule {

  @JsonIgnore
  boolean hasAmounts();

  /** A fixed price per unit (e.g. per map). */
  record Flat(String unitName, Long unitPrice) implements TariffRule {

    @Override
    public boolean hasAmounts() {
      return unitPrice != null;
    }
  }

  /**
   * A price for the first block, then a price for each further block started: a measure (pages, bytes)
   * of {@code n} costs {@code firstBlockPrice + ceil((n - firstBlockSize) / blockSize) * blockPrice}
   * when {@code n > firstBlockSize}, else {@code firstBlockPrice}.
   */
  record FirstBlockThenPerBlock(
      String measure,
      String unitName,
      long firstBlockSize,
      String firstBlockLabel,
      Long firstBlockPrice,
      long blockSize,
      String blockLabel,
      Long blockPrice) implements TariffRule {

    @Override
    public boolean hasAmounts() {
      return firstBlockPrice != null && blockPrice != null;
    }

    /** Further blocks counted for a measure of {@code n} (0 within the first block). */
    public long blocks(long n) {
      if (n <= firstBlockSize) {
        return 0;
      }
      return Math.floorDiv(n - firstBlockSize + blockSize - 1, blockSize);
    }

    /** The price of a measure of {@code n}; throws ArithmeticException on overflow. */
    public long price(long n) {
      return Math.addExact(firstBlockPrice, Math.multiplyExact(blocks(n), blockPrice));
    }
  }
}
