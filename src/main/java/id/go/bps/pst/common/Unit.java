package id.go.bps.pst.common;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One BPS unit (satuan kerja) served by this deployment, a row of {@code pst_unit}; its code is the
 * Camunda tenant id of its process instances, tasks, jobs and history.
 *
 * @param zone IANA zone id (Asia/Jakarta WIB, Asia/Makassar WITA, Asia/Jayapura WIT)
 */
public record Unit(String code, String name, String zone, String city, String address, String email, String phone,
    String headName, String headNip) {

  public Unit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    ZoneId.of(zone); // refuses an unknown zone early
  }

  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /** The short label of the zone as Indonesians read it (WIB, WITA, WIT), or the zone id. */
  public String zoneLabel() {
    return IndonesianFormat.zoneName(zoneId());
  }
}
