package id.go.bps.pst.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

/**
 * The decision tables run on a FEEL engine that builds its root context (every built-in function) once,
 * not on every evaluation (issue 13: 60 % of a decision's time with feel-scala 1.19.3, the version Camunda
 * 7.24.0 names; fixed in 1.19.4 by camunda/feel-scala#1108). The pom pins the fixed version; this fails
 * when a Camunda upgrade or a dependency change brings the old one back.
 */
class FeelEngineRootContextTest {

  @Test
  void theFeelEngineKeepsItsRootContext() {
    Field[] fields = FeelEngine.class.getDeclaredFields();
    assertThat(Arrays.stream(fields)
        .filter(f -> f.getName().equals("rootContext") && Modifier.isFinal(f.getModifiers())))
        .as("feel-scala's FeelEngine holds its root context in a final field (1.19.4 or later)")
        .hasSize(1);
  }
}
