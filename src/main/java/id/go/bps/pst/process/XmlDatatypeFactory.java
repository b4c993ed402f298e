package id.go.bps.pst.process;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own XML datatype factory as the one to use, unless the JVM was told another.
 *
 * <p>The engine asks {@link DatatypeFactory#newInstance()} for every ISO 8601 duration it resolves (each
 * boundary timer of a task, each queue check): without this property JAXP scans every jar of the class
 * path for a service file first (none of ours has one) and only then takes this same default class. A
 * CPU profile of the benchmark showed that scan at 2 % of an officer's thread (issue 13). Nothing else
 * changes: the class named is the one the scan falls back to.
 */
@Component
class XmlDatatypeFactory extends AbstractProcessEnginePlugin {

  static void pin() {
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
          DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    pin();
  }
}
