package id.go.bps.pst.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The treasurer's account for transfers from abroad: the demo configuration has one per demo unit, clearly marked as
 * a demonstration account; outside the demo profile there is none until a unit configures its own.
 */
class TransferAccountsTest {

  @Test
  void theDemoProfileHasAMarkedDemoAccountPerDemoUnitAndProductionNone() throws Exception {
    List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application",
        new ClassPathResource("application.yaml"));
    PropertySource<?> main = documents.get(0);
    PropertySource<?> demo = documents.stream()
        .filter(d -> "demo".equals(d.getProperty("spring.config.activate.on-profile"))).findFirst().orElseThrow();

    TransferAccounts production = bind(main);
    assertThat(production.forUnit("6503")).isEmpty();

    TransferAccounts accounts = bind(demo);
    for (String unit : List.of("6503", "6501")) {
      assertThat(accounts.forUnit(unit)).as(unit).hasValueSatisfying(a -> {
        assertThat(a.demo()).isTrue();
        assertThat(a.name()).startsWith("DEMO ");
        assertThat(a.bank()).isNotBlank();
        assertThat(a.number()).isNotBlank();
        assertThat(a.swift()).isNotBlank();
      });
    }
  }

  @Test
  void anAccountWithoutBankOrNumberIsNone() {
    TransferAccounts accounts = new TransferAccounts(Map.of(
        "6503", new TransferAccounts.Account("BRI", " ", "BPP", "BRINIDJA", false),
        "6501", new TransferAccounts.Account("BRI", "123", "BPP", null, false)));
    assertThat(accounts.forUnit("6503")).isEmpty();
    assertThat(accounts.forUnit("6501")).isPresent();
    assertThat(accounts.forUnit("6504")).isEmpty();
    assertThat(accounts.forUnit(null)).isEmpty();
    assertThat(new TransferAccounts(null).forUnit("6503")).isEmpty();
  }

  private static TransferAccounts bind(PropertySource<?> source) {
    return new Binder(ConfigurationPropertySources.from(source))
        .bind("pst.payment.transfer", TransferAccounts.class).orElseGet(() -> new TransferAccounts(null));
  }
}
