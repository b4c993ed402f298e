package id.go.bps.pst.payment;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The treasurer's (Bendahara Penerimaan) bank account that a payer abroad transfers to, per unit code
 * ({@code pst.payment.transfer.accounts."[6503]".*}). A unit without one is told to ask the PST officer for it. The
 * {@code demo} profile configures clearly marked demonstration accounts ({@code demo: true}): never a real account.
 *
 * @param accounts per unit code
 */
@ConfigurationProperties("pst.payment.transfer")
public record TransferAccounts(Map<String, Account> accounts) {

  public TransferAccounts {
    accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
  }

  /**
   * One account.
   *
   * @param bank the bank's name as a payer abroad finds it
   * @param number the account number
   * @param name the account holder (the unit's treasurer)
   * @param swift the bank's SWIFT/BIC code for a transfer from abroad
   * @param demo true for a demonstration account that must not receive money
   */
  public record Account(String bank, String number, String name, String swift, boolean demo) {}

  /** The unit's account, if one is configured with at least a bank and a number. */
  public Optional<Account> forUnit(String unitCode) {
    return Optional.ofNullable(unitCode == null ? null : accounts.get(unitCode))
        .filter(a -> a.bank() != null && !a.bank().isBlank() && a.number() != null && !a.number().isBlank());
  }
}
