package id.go.bps.pst;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules, checked by Spring Modulith: every top-level package under {@code id.go.bps.pst} is
 * a module; another module may use only its public face (the top-level package, or a named interface
 * declared in {@code package-info.java}), never its {@code internal} packages; and modules have no
 * dependency cycles. The second test writes the module documentation (PlantUML diagrams and module
 * canvases) into {@code docs/modules/}, which is committed; it runs only when asked (about 16 s, and the
 * generator lists some items in no fixed order, so ordinary builds leave the files alone):
 * {@code mvn -o test -Dtest=ModulesTest -Dmodules.docs=true}.
 */
class ModulesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(PstApplication.class);

  @Test
  void modulesKeepTheirBoundariesAndHaveNoCycles() {
    MODULES.verify();
  }

  @Test
  @EnabledIfSystemProperty(named = "modules.docs", matches = "true")
  void writesTheModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeDocumentation()
        .writeModuleCanvases();
  }
}
