package id.go.bps.pst.common.web;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A text typed by staff as people read it on a page: without HTML tags (a rejection reason with {@code <b>} reads
 * as its words, as the step forms show it), entities read as their characters, blank runs as one space. The
 * page escapes the result again; what is stored stays as it was typed.
 */
public final class PlainText {

  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)");
  private static final Pattern TAG = Pattern.compile("(?s)<(/?[A-Za-z!][^<>]*)>");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private PlainText() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String s = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
    s = TAG.matcher(s).replaceAll(" ");
    s = HtmlUtils.htmlUnescape(s);
    s = TAG.matcher(s).replaceAll(" "); // tags that were written as entities (&lt;b&gt;)
    return BLANKS.matcher(s).replaceAll(" ").strip();
  }
}
