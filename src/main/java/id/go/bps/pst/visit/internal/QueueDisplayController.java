package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The queue display for the waiting room (public): page, live events, and the current state. A unit's
 * display is {@code /antrian/layar?unit=6501}; without {@code unit} the default unit's.
 */
@Controller
class QueueDisplayController {

  private final QueueDisplay display;
  private final UnitDirectory units;

  QueueDisplayController(QueueDisplay display, UnitDirectory units) {
    this.display = display;
    this.units = units;
  }

  @GetMapping("/antrian/layar")
  String page(@RequestParam(name = "unit", required = false) String unitCode, Model model) {
    Unit unit = unit(unitCode);
    model.addAttribute("unit", unit);
    model.addAttribute("state", display.snapshot(unit, null));
    return "visit/display";
  }

  @GetMapping(path = "/antrian/layar/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events(@RequestParam(name = "unit", required = false) String unitCode) {
    return display.subscribe(unit(unitCode));
  }

  @GetMapping(path = "/antrian/layar/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  QueueDisplay.Snapshot data(@RequestParam(name = "unit", required = false) String unitCode) {
    return display.snapshot(unit(unitCode), null);
  }

  private Unit unit(String code) {
    if (code == null || code.isBlank()) {
      return units.defaultUnit();
    }
    return units.find(code.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Unit dengan kode " + code.strip() + " tidak terdaftar."));
  }
}
