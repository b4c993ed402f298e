package id.go.bps.pst.identity;

import java.util.List;

/** Ids of the Camunda groups of the PST service; use them as candidate groups in BPMN. */
public final class PstGroups {

  /** Petugas PST: the front-office officer, works in Tasklist. */
  public static final String PETUGAS = "petugas";
  /** Bendahara penerimaan: the treasurer who takes PNBP money, works in Tasklist. */
  public static final String BENDAHARA = "bendahara";
  /** Koordinator / Kepala PST: supervisor, Tasklist and Cockpit (read). */
  public static final String SUPERVISOR = "supervisor";
  /** Auditor (inspektorat, BPK): Cockpit history, read-only. */
  public static final String AUDITOR = "auditor";
  /**
   * BPS Pusat: member of every unit's tenant (README "Units (tenants)"). Gives reach, not rights:
   * combined with {@link #AUDITOR} it reads all units, read-only. Created by the unit setup.
   */
  public static final String PUSAT = "pusat";
  /** Camunda administrators (created by the Camunda starter for the admin user). */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** All groups this application creates at startup. */
  public static final List<String> ALL = List.of(PETUGAS, BENDAHARA, SUPERVISOR, AUDITOR, CAMUNDA_ADMIN);

  private PstGroups() {
  }
}
