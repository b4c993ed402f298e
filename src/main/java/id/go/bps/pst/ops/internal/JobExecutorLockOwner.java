package id.go.bps.pst.ops.internal;

import id.go.bps.pst.common.ClusterNode;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Names the job executor's lock owner after the cluster node, so that the lock owner column of
 * Camunda's job table (and Cockpit) says which node holds a job, instead of a random UUID.
 */
final class JobExecutorLockOwner implements BeanPostProcessor {

  private final ClusterNode node;

  JobExecutorLockOwner(ClusterNode node) {
    this.node = node;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JobExecutor jobExecutor) {
      jobExecutor.setLockOwner(node.id());
    }
    return bean;
  }
}
