package id.go.bps.pst.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * A DMN file an analyst deploys, checked as the engine will read it: it must parse as DMN, and every cell of
 * every decision table must parse with the engine's FEEL (feel-scala, the one Camunda 7 evaluates with): input
 * expressions and output entries as FEEL expressions, input entries as unary tests; a decision's literal
 * expression as an expression. A cell whose {@code expressionLanguage} (its own, or the file's) is not FEEL is the
 * engine's business and left alone. The engine parses FEEL only when a sale evaluates the table, and decisions are
 * bound {@code latest}: a broken cell would fail every sale at that step, running ones too.
 */
final class DecisionCheck {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

  private DecisionCheck() {}

  /** The problems of one DMN resource, in Bahasa Indonesia; the ids of its decisions go to {@code decisions}. */
  static List<String> problems(String name, byte[] bytes, Set<String> decisions) {
    List<String> problems = new ArrayList<>();
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException unreadable) {
      problems.add(name + " bukan DMN yang dapat dibaca mesin proses: " + rootMessage(unreadable));
      return problems;
    }
    Definitions definitions = model.getDefinitions();
    String fileLanguage = definitions == null ? null : definitions.getExpressionLanguage();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      decisions.add(decision.getId());
      String label = "keputusan " + decision.getId() + (decision.getName() == null ? "" : " (" + decision.getName() + ")");
      if (decision.getExpression() instanceof LiteralExpression literal) {
        expression(problems, name, label + ", ekspresi literal", literal.getText() == null ? null
            : literal.getText().getTextContent(), language(literal.getExpressionLanguage(), fileLanguage));
      }
      if (!(decision.getExpression() instanceof DecisionTable table)) {
        continue;
      }
      List<Input> inputs = new ArrayList<>(table.getInputs());
      List<Output> outputs = new ArrayList<>(table.getOutputs());
      for (Input input : inputs) {
        var expression = input.getInputExpression();
        if (expression != null) {
          expression(problems, name, label + ", ekspresi masukan " + column(input.getLabel(), input.getId()),
              expression.getText() == null ? null : expression.getText().getTextContent(),
              language(expression.getExpressionLanguage(), fileLanguage));
        }
      }
      int row = 0;
      for (Rule rule : table.getRules()) {
        row++;
        String ruleLabel = label + ", aturan " + row + " (" + rule.getId() + ")";
        List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
        for (int i = 0; i < entries.size(); i++) {
          UnaryTests entry = entries.get(i);
          String language = language(entry.getExpressionLanguage(), fileLanguage);
          String text = entry.getText() == null ? null : entry.getText().getTextContent();
          if (isFeel(language) && text != null && !text.isBlank()) {
            ParseResult parsed = FEEL.parseUnaryTests(text.strip());
            if (parsed.isFailure()) {
              problems.add(name + ": " + ruleLabel + ", kolom masukan " + column(i < inputs.size()
                  ? inputs.get(i).getLabel() : null, i < inputs.size() ? inputs.get(i).getId() : "#" + (i + 1))
                  + ": «" + text.strip() + "» bukan uji FEEL yang sah (" + parsed.failure().message() + ").");
            }
          }
        }
        List<OutputEntry> outs = new ArrayList<>(rule.getOutputEntries());
        for (int i = 0; i < outs.size(); i++) {
          OutputEntry entry = outs.get(i);
          expression(problems, name, ruleLabel + ", kolom keluaran " + column(i < outputs.size()
              ? outputs.get(i).getLabel() : null, i < outputs.size() ? outputs.get(i).getName() : "#" + (i + 1)),
              entry.getText() == null ? null : entry.getText().getTextContent(),
              language(entry.getExpressionLanguage(), fileLanguage));
        }
      }
    }
    return problems;
  }

  private static void expression(List<String> problems, String name, String where, String text, String language) {
    if (!isFeel(language) || text == null || text.isBlank()) {
      return;
    }
    ParseResult parsed = FEEL.parseExpression(text.strip());
    if (parsed.isFailure()) {
      problems.add(name + ": " + where + ": «" + text.strip() + "» bukan ekspresi FEEL yang sah ("
          + parsed.failure().message() + ").");
    }
  }

  private static String column(String label, String id) {
    return label == null || label.isBlank() ? String.valueOf(id) : "«" + label + "»";
  }

  private static String language(String own, String file) {
    return own != null && !own.isBlank() ? own : file;
  }

  /** FEEL unless another language is named (Camunda 7's default for every cell is FEEL). */
  private static boolean isFeel(String language) {
    if (language == null || language.isBlank()) {
      return true;
    }
    String l = language.strip().toLowerCase(java.util.Locale.ROOT);
    return l.equals("feel") || l.contains("feel") || l.equals("https://www.omg.org/spec/dmn/20191111/feel/")
        || l.startsWith("http://www.omg.org/spec/feel");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }
}
