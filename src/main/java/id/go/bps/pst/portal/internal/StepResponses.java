package id.go.bps.pst.portal.internal;

import id.go.bps.pst.process.VisitorSteps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * The JSON the visitor's screens exchange with the browser's form viewer (static/visit/visitor-steps.js):
 * one step (its Camunda Form and the variables it reads), and the answer to a submission. Shared by the
 * portal and the visitor screen at the counter, so a visitor step is rendered and completed the same way.
 */
final class StepResponses {

  static final String THANKS = "Terima kasih, isian Anda sudah kami terima.";

  private StepResponses() {}

  /**
   * One step for the viewer: task id, step name, form schema (in the visitor's language, {@link FormTranslation}),
   * variables; never cached.
   */
  static ResponseEntity<Map<String, Object>> step(VisitorSteps steps, FormTranslation translation,
      String requestNumber, String taskId, String documentLinkBase) {
    VisitorSteps.Step step = steps.open(requestNumber).stream().filter(s -> s.taskId().equals(taskId)).findFirst()
        .orElseThrow(() -> new VisitorSteps.RefusedException(409,
            "Langkah ini sudah tidak menunggu isian Anda. Muat ulang halaman untuk melihat keadaan terbaru."));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("taskId", step.taskId());
    body.put("name", translation.stepName(step.key(), step.name()));
    body.put("schema", translation.forVisitor(steps.formSchema(requestNumber, taskId)));
    body.put("variables", steps.formVariables(requestNumber, taskId, documentLinkBase));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  /**
   * Completes the step with the submitted form data ({@code {"variables": {...}}}); answers {@code thanks} (the
   * page's language: the portal's English visitor reads it in English).
   */
  static ResponseEntity<Map<String, Object>> complete(VisitorSteps steps, String requestNumber, String taskId,
      Map<String, Object> body, VisitorSteps.Via via, String thanks) {
    Object variables = body == null ? null : body.get("variables");
    if (!(variables instanceof Map<?, ?> map) || body.size() != 1) {
      throw new VisitorSteps.RefusedException(400, "Isian formulir tidak dapat dibaca. Muat ulang halaman.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) map;
    // the rules the step's form declares (lengths, choices, numbers, required), before anything is written; a key
    // that is no field of the form is answered first, by the step itself (what was sent is not this form's)
    com.fasterxml.jackson.databind.JsonNode schema = steps.formSchema(requestNumber, taskId);
    VisitorSteps.refuseKeysNotOnTheForm(schema, taskId, data, via);
    List<id.go.bps.pst.common.web.ProblemDetails.FieldProblem> problems =
        id.go.bps.pst.common.web.FormFieldRules.check(schema, data);
    if (!problems.isEmpty()) {
      org.slf4j.LoggerFactory.getLogger(StepResponses.class).warn("Refused input: visitor step {} via {} fields {}",
          taskId, via, problems.stream().map(p -> p.field()).toList());
      throw new VisitorSteps.RefusedException(400, problems.stream().map(p -> p.message())
          .collect(java.util.stream.Collectors.joining(" ")));
    }
    steps.complete(requestNumber, taskId, data, via);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("message", thanks));
  }

  static ResponseEntity<Map<String, Object>> refused(int status, String message) {
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(Map.of("message", message));
  }

  /** A step as the pages list it: task id, key, name and the URL of its JSON. */
  static List<Map<String, Object>> listed(List<VisitorSteps.Step> open, String base) {
    return listed(open, base, null);
  }

  /** As {@link #listed(List, String)}, each step named in the visitor's language when a translation is given. */
  static List<Map<String, Object>> listed(List<VisitorSteps.Step> open, String base, FormTranslation translation) {
    return open.stream().map(s -> Map.<String, Object>of("taskId", s.taskId(), "key", s.key(), "name",
        translation == null ? s.name() : translation.stepName(s.key(), s.name()),
        "url", base + "/langkah/" + s.taskId())).toList();
  }

  /**
   * A current document of this very request (invoice, sample, agreement, receipt), shown inline and never
   * cached; any other id is "not found". The portal and the visitor screen serve documents this way.
   */
  static ResponseEntity<byte[]> currentDocument(id.go.bps.pst.document.DocumentService documents,
      String requestNumber, long documentId) {
    id.go.bps.pst.document.DocumentRef ref = documents.find(requestNumber).stream()
        .filter(d -> d.id() == documentId).findFirst()
        .orElseThrow(() -> new id.go.bps.pst.document.DocumentNotFoundException("Dokumen tidak ditemukan"));
    return ResponseEntity.ok()
        .contentType(org.springframework.http.MediaType.parseMediaType(ref.contentType()))
        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.inline().filename(ref.fileName()).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(documents.open(ref.id()).bytes());
  }
}
