package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.visit.QueueChanged;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.Ticket;
import id.go.bps.pst.visit.VisitProperties;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The public queue display: what is served at each counter and who is next, pushed to every open
 * display with server-sent events after each committed change. Ticket numbers and counters only,
 * never a name. Each unit's display shows that unit's queue only.
 */
@Component
class QueueDisplay {

  private static final Logger LOG = LoggerFactory.getLogger(QueueDisplay.class);
  private static final long EMITTER_TIMEOUT_MS = 30 * 60 * 1000L;

  /** One display's view. {@code announce} is set when a ticket was just called or recalled. */
  record Snapshot(List<CounterView> counters, List<String> next, Announcement announce) {}

  record CounterView(String counter, String ticketNumber) {}

  record Announcement(String ticketNumber, String counter, boolean recall) {}

  private final QueueService queue;
  private final UnitDirectory units;
  private final VisitProperties properties;
  private final Clock clock;
  /** Open displays by unit code. */
  private final Map<String, List<SseEmitter>> emitters = new java.util.concurrent.ConcurrentHashMap<>();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "queue-display");
    t.setDaemon(true);
    return t;
  });

  QueueDisplay(QueueService queue, UnitDirectory units, VisitProperties properties, Clock clock) {
    this.queue = queue;
    this.units = units;
    this.properties = properties;
    this.clock = clock;
  }

  Snapshot snapshot(Unit unit, Announcement announce) {
    LocalDate today = LocalDate.now(clock.withZone(unit.zoneId()));
    Map<String, String> serving = new LinkedHashMap<>();
    properties.counters().forEach(c -> serving.put(c, null));
    for (Ticket t : queue.atCounters(unit.code(), today)) {
      if (t.counterName() != null) {
        serving.put(t.counterName(), t.ticketNumber()); // the latest call at a counter wins
      }
    }
    List<CounterView> counters = new ArrayList<>();
    serving.forEach((c, n) -> counters.add(new CounterView(c, n)));
    List<String> next = queue.waiting(unit.code(), today, QueueService.SALES).stream()
        .limit(properties.displayNext()).map(Ticket::ticketNumber).toList();
    return new Snapshot(counters, next, announce);
  }

  SseEmitter subscribe(Unit unit) {
    SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
    List<SseEmitter> open = emitters.computeIfAbsent(unit.code(), code -> new CopyOnWriteArrayList<>());
    open.add(emitter);
    emitter.onCompletion(() -> open.remove(emitter));
    emitter.onTimeout(() -> open.remove(emitter));
    emitter.onError(e -> open.remove(emitter));
    try {
      emitter.send(SseEmitter.event().name("queue").data(snapshot(unit, null)));
    } catch (IOException | IllegalStateException gone) {
      open.remove(emitter);
    }
    return emitter;
  }

  /** After the change is committed, every display gets the new state (on a thread of its own). */
  @org.springframework.context.event.EventListener
  void changed(QueueChanged event) {
    // not a transactional listener: Spring Modulith's registry would record every queue change (AfterCommit)
    id.go.bps.pst.common.AfterCommit.run(() -> push(event));
  }

  private void push(QueueChanged event) {
    List<SseEmitter> open = emitters.get(event.unitCode());
    if (open == null || open.isEmpty()) {
      return; // no display of that unit is open
    }
    Announcement announce = switch (event.kind()) {
      case CALLED -> new Announcement(event.ticketNumber(), event.counterName(), false);
      case RECALLED -> new Announcement(event.ticketNumber(), event.counterName(), true);
      default -> null;
    };
    sender.submit(() -> broadcast(event.unitCode(), open, announce));
  }

  private void broadcast(String unitCode, List<SseEmitter> open, Announcement announce) {
    Snapshot snapshot;
    try {
      snapshot = snapshot(units.require(unitCode), announce);
    } catch (RuntimeException e) {
      LOG.warn("Queue display not updated: {}", e.getMessage());
      return;
    }
    for (SseEmitter emitter : open) {
      try {
        emitter.send(SseEmitter.event().name("queue").data(snapshot));
      } catch (IOException | IllegalStateException gone) {
        open.remove(emitter);
      }
    }
  }

  /**
   * On shutdown the open displays' streams end first, before the web server's graceful shutdown waits for
   * running requests: an open stream is a running request and would hold the stop for the whole shutdown
   * phase (30 s in a cluster). A display's browser reconnects on its own (behind the load balancer: to a
   * node still running).
   */
  @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
  void endStreams() {
    emitters.values().forEach(open -> {
      open.forEach(SseEmitter::complete);
      open.clear();
    });
  }

  @PreDestroy
  void close() {
    endStreams();
    sender.shutdownNow();
  }
}
