package id.go.bps.pst.document.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The unit's letterhead values (prefix {@code pst.unit}), as printed on every document. */
@ConfigurationProperties(prefix = "pst.unit")
public record UnitProperties(
    @DefaultValue("6503") String code,
    @DefaultValue("BPS Kabupaten Tana Tidung") String name,
    @DefaultValue("Jl. Perintis, Tideng Pale, Kabupaten Tana Tidung, Kalimantan Utara") String address,
    @DefaultValue("Tideng Pale") String city,
    @DefaultValue("ipds6503@bps.go.id") String email,
    @DefaultValue("0812-5565-0671") String phone,
    @DefaultValue("Asia/Makassar") String zone) {

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }
}
