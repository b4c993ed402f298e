package id.go.bps.pst.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The BPS unit this deployment serves by default ({@code pst.unit.*}): its code, its zone for local dates,
 * and the letterhead printed on every document and mail. The one place these settings are read.
 */
@ConfigurationProperties(prefix = "pst.unit")
public record UnitProperties(String code, String name, String zone, String city, String address, String email,
    String phone, String headName, String headNip, String headPosition) {

  public UnitProperties {
    if (code == null || code.isBlank()) {
      code = "6503";
    }
    if (name == null || name.isBlank()) {
      name = "BPS Kabupaten Tana Tidung";
    }
    if (city == null || city.isBlank()) {
      city = "Tideng Pale";
    }
    if (address == null || address.isBlank()) {
      address = "Jl. Perintis, Tideng Pale, Kabupaten Tana Tidung, Kalimantan Utara";
    }
    if (email == null || email.isBlank()) {
      email = "ipds6503@bps.go.id";
    }
    if (phone == null || phone.isBlank()) {
      phone = "0812-5565-0671";
    }
    if (zone == null || zone.isBlank()) {
      zone = "Asia/Makassar";
    }
    if (headPosition == null || headPosition.isBlank()) {
      headPosition = "Kepala " + (name == null ? "BPS" : name);
    }
    // the head's name and NIP stay empty unless configured: documents then leave a line to write them on,
    // never print the position in their place
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }
}
