package id.go.bps.pst.common;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The BPS unit this deployment serves by default (pst.unit.*). */
@ConfigurationProperties(prefix = "pst.unit")
public record UnitProperties(String code, String name, String zone, String city, String address, String email,
    String phone, String headName, String headPosition) {

  public UnitProperties {
    if (code == null || code.isBlank()) {
      code = "6503";
    }
    if (zone == null || zone.isBlank()) {
      zone = "Asia/Makassar";
    }
    if (headPosition == null || headPosition.isBlank()) {
      headPosition = "Kepala " + (name == null ? "BPS" : name);
    }
    if (headName == null || headName.isBlank()) {
      headName = headPosition;
    }
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }
}
