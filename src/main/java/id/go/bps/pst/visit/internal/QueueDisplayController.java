package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.UnitProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The queue display for the waiting room (public): page, live events, and the current state. */
@Controller
class QueueDisplayController {

  private final QueueDisplay display;
  private final UnitProperties unit;

  QueueDisplayController(QueueDisplay display, UnitProperties unit) {
    this.display = display;
    this.unit = unit;
  }

  @GetMapping("/antrian/layar")
  String page(Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("state", display.snapshot(null));
    return "visit/display";
  }

  @GetMapping(path = "/antrian/layar/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events() {
    return display.subscribe();
  }

  @GetMapping(path = "/antrian/layar/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  QueueDisplay.Snapshot data() {
    return display.snapshot(null);
  }
}
