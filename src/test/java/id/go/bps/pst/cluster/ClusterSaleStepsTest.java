package id.go.bps.pst.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The cluster and crash tests run only on demand (docker/cluster-test, docker/crash-test); this fast test
 * keeps what their driver sends in step with the model and its forms, so a changed form fails here in
 * the normal build instead of in the next cluster run: every variable a step sends is a field of that
 * task's form (the application refuses any other, HTTP 400), and the steps are user tasks of the model.
 */
class ClusterSaleStepsTest {

  private final ObjectMapper json = new ObjectMapper();
  private final BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/penjualan-produk-statistik.bpmn"));

  @Test
  void everyVariableTheDriverSendsIsAFieldOfTheStepsForm() throws Exception {
    StartEvent start = model.getModelElementsByType(StartEvent.class).stream()
        .filter(e -> e.getCamundaFormRef() != null).findFirst().orElseThrow();
    assertThat(fields(start.getCamundaFormRef())).as("start form %s", start.getCamundaFormRef())
        .containsAll(ClusterSaleSteps.startForm(sale()).keySet());
    for (ClusterSaleSteps.Step step : ClusterSaleSteps.STEPS) {
      assertStep(step);
    }
    assertStep(ClusterSaleSteps.QUEUE_ESCALATION);
  }

  private void assertStep(ClusterSaleSteps.Step step) throws Exception {
    UserTask task = model.getModelElementById(step.taskKey());
    assertThat(task).as("user task %s in the model", step.taskKey()).isNotNull();
    assertThat(fields(task.getCamundaFormRef())).as("fields of %s (%s)", task.getCamundaFormRef(), step.taskKey())
        .containsAll(step.variables().apply(sale()).keySet());
  }

  private static ClusterSaleSteps.Sale sale() {
    return new ClusterSaleSteps.Sale(1, "Pembeli Uji", "pembeli@example.com", "Loket 1", 140_000);
  }

  private Set<String> fields(String formId) throws Exception {
    Set<String> keys = new HashSet<>();
    collect(json.readTree(new File("forms/" + formId + ".form")), keys);
    return keys;
  }

  private static void collect(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key")) {
        keys.add(node.get("key").asText());
      }
      if (node.hasNonNull("path")) {
        keys.add(node.get("path").asText()); // a group submitted as one object (the cart's item1, ...)
      }
      node.elements().forEachRemaining(child -> collect(child, keys));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, keys));
    }
  }
}
