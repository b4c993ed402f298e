package id.go.bps.pst.process;

import id.go.bps.pst.common.ProductType;
import com.fasterxml.jackson.core.type.TypeReference;
import id.go.bps.pst.catalog.CatalogException;
import id.go.bps.pst.catalog.CatalogService;
import id.go.bps.pst.catalog.PublicationFormat;
import id.go.bps.pst.order.OrderLine;
import id.go.bps.pst.order.OrderPricing;
import id.go.bps.pst.order.OrderService;
import id.go.bps.pst.tariff.Quote;
import id.go.bps.pst.tariff.QuoteException;
import id.go.bps.pst.tariff.QuoteItem;
import id.go.bps.pst.tariff.QuoteItemType;
import id.go.bps.pst.tariff.QuoteLine;
import id.go.bps.pst.tariff.QuoteRequest;
import id.go.bps.pst.tariff.QuoteService;
import id.go.bps.pst.tariff.UserCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Glue between the cart in the process variables, the tariff engine and the order: validates the
 * cart, prices it under the schedule in force on the request's date, stores the priced lines and
 * sets what the decision tables read (the kinds of product ordered).
 */
@Component
class Pricing {

  private final QuoteService quotes;
  private final CatalogService catalog;
  private final OrderService orders;
  private final Clock clock;

  Pricing(QuoteService quotes, CatalogService catalog, OrderService orders, Clock clock) {
    this.quotes = quotes;
    this.catalog = catalog;
    this.orders = orders;
    this.clock = clock;
  }

  /** Product groups of the cart form: {@code item1} .. {@code item8}; group n counts when {@code more2..moreN} are ticked. */
  static final int CART_SLOTS = 8;

  /**
   * The cart as the form left it: {@code item1}, then {@code item2} if "add a second product"
   * ({@code more2}) is ticked, and so on. A slot whose chain of ticks is broken does not count, even if
   * an older submission left its variable behind.
   */
  static List<CartItem> cart(VariableScope scope) {
    List<CartItem> cart = new ArrayList<>();
    for (int n = 1; n <= CART_SLOTS; n++) {
      if (n > 1 && !Vars.bool(scope, "more" + n)) {
        break;
      }
      CartItem item = Vars.read(scope, "item" + n, new TypeReference<CartItem>() {});
      if (item == null || item.productId() == null || item.productId().isBlank()) {
        if (n == 1) {
          break;
        }
        throw new FormValidationException("Produk ke-" + n + ": pilih produk dari daftar, atau hapus centang "
            + "\"Tambah produk ke-" + n + "\".");
      }
      cart.add(item);
    }
    return cart;
  }

  /** Prices the cart held in the form's product groups; a cart error becomes a form validation message. */
  Quote quote(VariableScope scope) {
    List<CartItem> cart = cart(scope);
    if (cart.isEmpty()) {
      throw new FormValidationException("Keranjang masih kosong: pilih paling sedikit satu produk.");
    }
    List<QuoteItem> items = new ArrayList<>();
    for (int i = 0; i < cart.size(); i++) {
      items.add(toQuoteItem(cart.get(i), i + 1));
    }
    try {
      String unit = unitOf(scope);
      return quotes.quote(new QuoteRequest(LocalDate.now(clock.withZone(quotes.zoneOf(unit))),
          UserCategory.valueOf(Vars.str(scope, "userCategory")), Vars.bool(scope, "commercial"), items), unit);
    } catch (QuoteException | CatalogException e) {
      throw new FormValidationException(e.getMessage());
    }
  }

  /**
   * The unit selling: the instance's tenant (its unit, README "Units (tenants)"), else the sale's
   * recorded unit code; null (the default unit's rules: everything sold) when neither is known.
   */
  private static String unitOf(VariableScope scope) {
    String tenant = scope instanceof org.camunda.bpm.engine.delegate.DelegateExecution execution
        ? execution.getTenantId()
        : scope instanceof org.camunda.bpm.engine.delegate.DelegateTask task ? task.getTenantId() : null;
    return tenant != null ? tenant : Vars.str(scope, "unitCode");
  }

  /**
   * Prices the cart and stores the priced order; sets the inputs of the analysts' decision tables
   * (what kinds of product are ordered). Rp0, when granted in the sale's record, zeroes the lines.
   */
  Quote priceAndStore(VariableScope scope, String requestNumber, String actor) {
    Quote quote = quote(scope);
    boolean zeroTariff = orders.get(requestNumber).zeroTariffGranted();
    String basis = orders.get(requestNumber).zeroTariffBasis();
    long total = zeroTariff ? 0 : quote.total();
    List<OrderLine> lines = new ArrayList<>();
    List<CartItem> cart = cart(scope);
    java.util.Set<ProductType> kinds = java.util.EnumSet.noneOf(ProductType.class);
    for (QuoteLine l : quote.lines()) {
      CartItem c = cart.get(l.lineNo() - 1);
      long amount = zeroTariff ? 0 : l.amount();
      String explanation = zeroTariff
          ? l.explanation() + " Dikenakan tarif Rp0 (" + (basis == null ? "" : basis) + ")."
          : l.explanation();
      // the cart offers products only, never the tariff's check-only items
      ProductType product = l.type().product().orElseThrow(
          () -> new IllegalArgumentException(l.type() + " is a tariff check, not a product"));
      kinds.add(product);
      lines.add(new OrderLine(l.lineNo(), product, l.productId(), l.description(),
          product.hasFormats() ? format(c).name() : null, l.quantity(),
          blankToNull(c.variables()), blankToNull(c.regions()), Boolean.TRUE.equals(c.processing()),
          zeroTariff ? 0L : l.unitPrice(), amount, explanation));
    }
    orders.price(requestNumber, new OrderPricing(lines, quote.scheduleCode(), quote.legalBasis(), total, zeroTariff,
        Vars.bool(scope, "commercial"), Vars.str(scope, "purpose")), actor);
    for (ProductType kind : ProductType.values()) {
      Vars.setIfChanged(scope, kind.processVariable(), kinds.contains(kind));
    }
    return quote;
  }

  /**
   * Options for the cart's product select: every product of the unit's catalogue (shared entries, the
   * unit's own version of them and its own products; README "Units (tenants)") as {@code TYPE:id}.
   */
  List<Map<String, String>> productOptions(String unitCode) {
    id.go.bps.pst.catalog.CatalogView catalog = this.catalog.forUnit(unitCode);
    List<Map<String, String>> options = new ArrayList<>();
    for (ProductType type : ProductType.values()) {
      String prefix = QuoteItemType.of(type).name() + ":";
      catalog.entries(type).forEach(e -> options.add(option(prefix + e.id(), e.cartLabel())));
    }
    return options;
  }

  private QuoteItem toQuoteItem(CartItem c, int row) {
    String value = c.productId() == null ? "" : c.productId();
    int colon = value.indexOf(':');
    if (colon < 1) {
      throw new FormValidationException("Baris " + row + ": pilih produk dari daftar.");
    }
    String id = value.substring(colon + 1);
    long quantity = c.quantity() == null ? 1 : c.quantity();
    if (quantity <= 0) {
      throw new FormValidationException("Baris " + row + ": jumlah harus lebih dari 0.");
    }
    QuoteItemType type;
    try {
      type = QuoteItemType.valueOf(value.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new FormValidationException("Baris " + row + ": jenis produk tidak dikenal.");
    }
    if (type.product().isEmpty()) {
      // tariff checks without a catalogue entry, not products
      throw new FormValidationException("Baris " + row + ": jenis produk tidak dapat dipesan di loket.");
    }
    return type.cartItem(id, format(c), quantity, list(c.variables()), list(c.regions()),
        Boolean.TRUE.equals(c.processing()), c.tables());
  }

  private static PublicationFormat format(CartItem c) {
    return "HARDCOPY".equals(c.format()) ? PublicationFormat.HARDCOPY : PublicationFormat.SOFTCOPY;
  }

  /** Comma-separated text to a list; blank means "all" (null). */
  static List<String> list(String csv) {
    if (csv == null || csv.isBlank()) {
      return null;
    }
    return Arrays.stream(csv.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Map<String, String> option(String value, String label) {
    return Map.of("value", value, "label", label);
  }
}
