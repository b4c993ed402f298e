package id.go.bps.pst.identity.internal;

import static id.go.bps.pst.identity.PstGroups.BENDAHARA;
import static id.go.bps.pst.identity.PstGroups.PETUGAS;
import static id.go.bps.pst.identity.PstGroups.SUPERVISOR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The saved Tasklist filters, each readable only by the groups that work with it. A filter that
 * already exists (matched by name) is kept as it is, so edits made in Tasklist survive restarts;
 * only its read authorizations are ensured.
 */
final class TasklistFilters {

  static final String PETUGAS_FILTER = "Tugas Petugas PST";
  static final String BENDAHARA_FILTER = "Tugas Bendahara";
  static final String SUPERVISOR_FILTER = "Tugas Koordinator";
  static final String MY_TASKS_FILTER = "Tugas Saya";
  static final String COMPLAINT_FILTER = "Pengaduan";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void createMissing() {
    // the group's work queue opens first; "my tasks" comes after the group filters
    ensure(MY_TASKS_FILTER, 50,
        "Tugas yang sedang Anda kerjakan (ditugaskan kepada Anda).",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        PETUGAS, BENDAHARA, SUPERVISOR);
    ensure(PETUGAS_FILTER, 10,
        "Tugas layanan penjualan produk statistik untuk Petugas PST, termasuk yang sudah diklaim.",
        groupTasks(PETUGAS), PETUGAS);
    ensure(BENDAHARA_FILTER, 20,
        "Tugas pembayaran tunai, verifikasi bukti transfer dari luar negeri dan kuitansi untuk Bendahara Penerimaan, termasuk yang sudah diklaim.",
        groupTasks(BENDAHARA), BENDAHARA);
    ensure(SUPERVISOR_FILTER, 30,
        "Tugas eskalasi dan pengaduan untuk Koordinator PST, termasuk yang sudah diklaim.",
        groupTasks(SUPERVISOR), SUPERVISOR);
    ensure(COMPLAINT_FILTER, 40,
        "Tugas pengaduan (telaah, penanganan, pengiriman jawaban, eskalasi); nama tugas memuat kode pelacakan dan kategori.",
        taskService.createTaskQuery().processDefinitionKey(IdentitySetup.COMPLAINT_PROCESS).orderByDueDate().asc(),
        List.of(variable("trackingCode", "Kode Pengaduan"), variable("categoryLabel", "Kategori"),
            variable("channelLabel", "Saluran")),
        PETUGAS, SUPERVISOR);
  }

  private TaskQuery groupTasks(String group) {
    return taskService.createTaskQuery()
        .taskCandidateGroup(group)
        .includeAssignedTasks()
        .orderByTaskCreateTime().asc();
  }

  private void ensure(String name, int priority, String description, TaskQuery query,
      String... readerGroups) {
    ensure(name, priority, description, query, SALE_VARIABLES, readerGroups);
  }

  private void ensure(String name, int priority, String description, TaskQuery query,
      List<Map<String, String>> variables, String... readerGroups) {
    List<Filter> existing = filterService.createFilterQuery()
        .filterResourceType(Resources.TASK.resourceName())
        .filterName(name)
        .list();
    Filter filter;
    if (existing.isEmpty()) {
      filter = filterService.newTaskFilter(name)
          .setProperties(properties(priority, description, variables))
          .setQuery(query);
      filterService.saveFilter(filter);
    } else {
      filter = existing.get(0);
    }
    for (String group : readerGroups) {
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private static final List<Map<String, String>> SALE_VARIABLES = List.of(
      variable("requestNumber", "Nomor Permintaan"),
      variable("visitorName", "Nama Pengguna Layanan"),
      variable("ticketNumber", "Nomor Antrian"),
      variable("orderTotal", "Total Tagihan (Rp)"));

  private static Map<String, Object> properties(int priority, String description,
      List<Map<String, String>> variables) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", variables);
    return properties;
  }

  private static Map<String, String> variable(String name, String label) {
    Map<String, String> variable = new LinkedHashMap<>();
    variable.put("name", name);
    variable.put("label", label);
    return variable;
  }
}
