package id.go.bps.pst.process;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

class XmlDatatypeFactoryTest {

  /** The class pinned is the one JAXP falls back to after its scan: no jar of ours offers another. */
  @Test
  void thePinnedFactoryIsTheOneTheScanFindsAnyway() throws Exception {
    String before = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    try {
      System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
      Class<?> scanned = DatatypeFactory.newInstance().getClass();
      assertThat(Thread.currentThread().getContextClassLoader()
          .getResource("META-INF/services/" + DatatypeFactory.class.getName())).isNull();
      XmlDatatypeFactory.pin();
      assertThat(DatatypeFactory.newInstance().getClass()).isEqualTo(scanned);
      assertThat(DatatypeFactory.newInstance().newDuration("PT10M").getMinutes()).isEqualTo(10);
    } finally {
      if (before == null) {
        System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
      } else {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, before);
      }
    }
  }
}
