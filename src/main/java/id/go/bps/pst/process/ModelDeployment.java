package id.go.bps.pst.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the application's models and forms at start-up (processes/*.bpmn, *.dmn, forms/*.form),
 * with the rule that the repository is where models live and an analyst's newer deployment is never
 * replaced silently:
 * <ul>
 *   <li>a file unchanged since the application's last deployment is not deployed again;</li>
 *   <li>a file whose process, decision or form was deployed by someone else (Camunda Modeler) after the
 *   application's last deployment of it is NOT deployed: the analyst's version stays in force, and the
 *   log says so at WARN with what to do (export the analyst's file into the repository and rebuild);</li>
 *   <li>every other changed file is deployed as the next version.</li>
 * </ul>
 * What was decided is kept in {@link #lastOutcome()} for the supervisor's page and the tests.
 */
@Component
@Order(50)
public class ModelDeployment extends AbstractProcessEnginePlugin {

  /** The name of the application's own deployments (Modeler deployments have another name). */
  public static final String NAME = "pst-aplikasi";
  static final List<String> PATTERNS = List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn",
      "classpath*:forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DECISION_ID = Pattern.compile("<(?:\\w+:)?decision\\s+[^>]*id=\"([^\"]+)\"");
  private static final Pattern PROCESS_ID = Pattern.compile("<(?:\\w+:)?process\\s+[^>]*id=\"([^\"]+)\"");

  /** What the start-up deployment did with one file. */
  public record FileOutcome(String resource, String key, String decision) {}

  private volatile List<FileOutcome> lastOutcome = List.of();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    deploy(engine.getRepositoryService(), classpathResources());
  }

  public List<FileOutcome> lastOutcome() {
    return lastOutcome;
  }

  /** Deploys the given files (name to content) by the rule above; returns what was done with each. */
  public List<FileOutcome> deploy(RepositoryService repository, Map<String, byte[]> files) {
    Optional<Deployment> lastOwn = Optional.ofNullable(repository.createDeploymentQuery().deploymentName(NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null));
    DeploymentBuilder deployment = repository.createDeployment().name(NAME).source("pst-aplikasi")
        .enableDuplicateFiltering(true);
    List<FileOutcome> outcome = new ArrayList<>();
    int included = 0;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      String key = key(name, file.getValue());
      Optional<Deployment> newerByOthers = key == null ? Optional.empty()
          : newestOtherDeployment(repository, name, key).filter(d -> lastOwn.isEmpty()
              || d.getDeploymentTime().after(lastOwn.get().getDeploymentTime()));
      if (newerByOthers.isPresent() && sameContent(repository, newerByOthers.get(), name, key, file.getValue())) {
        // e.g. a roll-back: the analyst deployed the repository's own file again; nothing to export
        Deployment d = newerByOthers.get();
        LOG.info("Model {} ({}): the analyst's deployment '{}' of {} is this very file; it stays in force, nothing to do.",
            key, name, d.getName(), d.getDeploymentTime());
        outcome.add(new FileOutcome(name, key, "versi dari penerapan \"" + d.getName() + "\" (" + d.getDeploymentTime()
            + ") sama dengan berkas di aplikasi dan tetap berlaku"));
        continue;
      }
      if (newerByOthers.isPresent()) {
        Deployment d = newerByOthers.get();
        String note = "versi dari penerapan \"" + d.getName() + "\" (" + d.getDeploymentTime()
            + ") tetap berlaku; berkas di aplikasi tidak diterapkan";
        LOG.warn("Model {} ({}): an analyst's deployment '{}' of {} is newer than the application's last deployment; "
            + "it stays in force and the jar's file is NOT deployed. Export the analyst's file into the repository "
            + "({}) and rebuild to make them one again.", key, name, d.getName(), d.getDeploymentTime(), name);
        outcome.add(new FileOutcome(name, key, note));
        continue;
      }
      deployment.addInputStream(name, new java.io.ByteArrayInputStream(file.getValue()));
      included++;
      outcome.add(new FileOutcome(name, key, "diterapkan bila berubah"));
    }
    if (included > 0) {
      Deployment done = deployment.deploy();
      LOG.info("Models and forms of the application: deployment {} ({} files checked, unchanged ones skipped)",
          done.getId(), included);
    }
    warnAboutUnitDeployments(repository);
    lastOutcome = List.copyOf(outcome);
    return lastOutcome;
  }

  /**
   * Definitions deployed for one unit (a tenant id; refused since {@link DeploymentGuard}, possible before or through
   * the Java API) are never started by the kiosk or the counter page and lack the shared decisions and forms they call:
   * said at WARN with what to do, every start-up.
   */
  private static void warnAboutUnitDeployments(RepositoryService repository) {
    for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
      if (d.getTenantId() != null) {
        LOG.warn("Process {} version {} was deployed for unit (tenant) {} only (deployment {}): per-unit models are not "
            + "supported (the kiosk and the counter start the shared model; started from Tasklist it fails without "
            + "its unit's decisions). Delete that deployment in Cockpit (Deployments) or through DELETE "
            + "/engine-rest/deployment/{}.", d.getKey(), d.getVersion(), d.getTenantId(), d.getDeploymentId(),
            d.getDeploymentId());
      }
    }
  }

  /** The newest deployment, not the application's, that holds a definition of this key. */
  private static Optional<Deployment> newestOtherDeployment(RepositoryService repository, String name, String key) {
    String deploymentId = null;
    if (name.endsWith(".bpmn")) {
      ProcessDefinition p = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .withoutTenantId().singleResult();
      deploymentId = p == null ? null : p.getDeploymentId();
    } else if (name.endsWith(".dmn")) {
      DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion()
          .withoutTenantId().singleResult();
      deploymentId = d == null ? null : d.getDeploymentId();
    } else if (name.endsWith(".form")) {
      for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 50)) {
        if (holdsForm(repository, d.getId(), key)) {
          deploymentId = d.getId();
          break;
        }
      }
    }
    if (deploymentId == null) {
      return Optional.empty();
    }
    Deployment holder = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    return holder == null || NAME.equals(holder.getName()) ? Optional.empty() : Optional.of(holder);
  }

  /** Whether the deployment's resource of this key (process, decision or form) is byte for byte the jar's file. */
  private static boolean sameContent(RepositoryService repository, Deployment deployment, String name, String key,
      byte[] content) {
    String suffix = name.substring(name.lastIndexOf('.'));
    for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
      if (!resource.endsWith(suffix)) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource)) {
        byte[] deployed = in.readAllBytes();
        if (key.equals(key(resource, deployed))) {
          return java.util.Arrays.equals(deployed, content);
        }
      } catch (IOException | RuntimeException unreadable) {
        // not this one
      }
    }
    return false;
  }

  private static boolean holdsForm(RepositoryService repository, String deploymentId, String formId) {
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
          if (formId.equals(JSON.readTree(in).path("id").asText())) {
            return true;
          }
        } catch (IOException | RuntimeException unreadable) {
          // not this one
        }
      }
    }
    return false;
  }

  static String key(String name, byte[] content) {
    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
    if (name.endsWith(".form")) {
      try {
        return JSON.readTree(content).path("id").asText(null);
      } catch (IOException e) {
        return null;
      }
    }
    Matcher m = (name.endsWith(".dmn") ? DECISION_ID : PROCESS_ID).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static Map<String, byte[]> classpathResources() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        String folder = pattern.substring("classpath*:".length(), pattern.lastIndexOf('/') + 1);
        for (Resource r : resolver.getResources(pattern)) {
          try (InputStream in = r.getInputStream()) {
            files.put(folder + r.getFilename(), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("models and forms cannot be read from the classpath", e);
    }
    return files;
  }

  /** For tests: when the application's last deployment happened. */
  static Date lastOwnDeployment(RepositoryService repository) {
    return repository.createDeploymentQuery().deploymentName(NAME).orderByDeploymentTime().desc().listPage(0, 1)
        .stream().findFirst().map(Deployment::getDeploymentTime).orElse(null);
  }
}
