package id.go.bps.pst;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fails any write (INSERT, UPDATE, DELETE, MERGE) that runs outside a transaction in every test context.
 * The pool hands out connections with auto-commit off (application.yaml, issue 13): a write outside a
 * Spring transaction would be rolled back silently when its connection goes back to the pool. Flyway's
 * migrations manage their own transactions and are let through. Test-only (an auto-configuration of the
 * test class path); the benchmark switches it off with {@code pst.test.write-guard=false} so that its
 * figures carry no test instrumentation.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "pst.test.write-guard", havingValue = "true", matchIfMissing = true)
public class WriteOutsideTransactionGuard {

  @Bean
  static BeanPostProcessor writeOutsideTransactionGuard() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
            && "dataSource".equals(beanName)) {
          return ProxyDataSourceBuilder.create(ds).name("write-guard").listener(new Listener()).build();
        }
        return bean;
      }
    };
  }

  static final class Listener implements QueryExecutionListener {

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
      if (TransactionSynchronizationManager.isActualTransactionActive()) {
        return;
      }
      for (QueryInfo query : queryInfoList) {
        String sql = query.getQuery().stripLeading().toLowerCase(Locale.ROOT);
        if (sql.startsWith("insert") || sql.startsWith("update") || sql.startsWith("delete")
            || sql.startsWith("merge")) {
          if (autoCommit(execInfo) || fromFlyway()) {
            return;
          }
          throw new IllegalStateException("write outside a transaction (it would be rolled back when the "
              + "connection returns to the pool): " + query.getQuery());
        }
      }
    }

    private static boolean autoCommit(ExecutionInfo execInfo) {
      try {
        return execInfo.getStatement().getConnection().getAutoCommit();
      } catch (SQLException e) {
        return false;
      }
    }

    private static boolean fromFlyway() {
      return StackWalker.getInstance().walk(frames ->
          frames.anyMatch(f -> f.getClassName().startsWith("org.flywaydb.")));
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }
  }
}
