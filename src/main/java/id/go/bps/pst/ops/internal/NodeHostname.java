package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.ClusterNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The engine's host name is the cluster node id: it is written to every job log entry
 * ({@code ACT_HI_JOB_LOG.HOSTNAME_}) and to the engine's metrics, so history shows which node ran a job.
 */
@Component
class NodeHostname implements ProcessEnginePlugin {

  private final ClusterNode node;

  NodeHostname(ClusterNode node) {
    this.node = node;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(node.id());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
  }
}
