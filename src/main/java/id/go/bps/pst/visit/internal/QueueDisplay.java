package id.go.bps.pst.visit.internal;

import id.go.bps.pst.common.UnitProperties;
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
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The public queue display: what is served at each counter and who is next, pushed to every open
 * display with server-sent events after each committed change. Ticket numbers and counters only,
 * never a name.
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
  private final UnitProperties unit;
  private final VisitProperties properties;
  private final Clock clock;
  private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "queue-display");
    t.setDaemon(true);
    return t;
  });

  QueueDisplay(QueueService queue, UnitProperties unit, VisitProperties properties, Clock clock) {
    this.queue = queue;
    this.unit = unit;
    this.properties = properties;
    this.clock = clock;
  }

  Snapshot snapshot(Announcement announce) {
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

  SseEmitter subscribe() {
    SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT_MS);
    emitters.add(emitter);
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    try {
      emitter.send(SseEmitter.event().name("queue").data(snapshot(null)));
    } catch (IOException | IllegalStateException gone) {
      emitters.remove(emitter);
    }
    return emitter;
  }

  /** After the change is committed, every display gets the new state (on a thread of its own). */
  @TransactionalEventListener(fallbackExecution = true)
  void changed(QueueChanged event) {
    if (!unit.code().equals(event.unitCode())) {
      return;
    }
    Announcement announce = switch (event.kind()) {
      case CALLED -> new Announcement(event.ticketNumber(), event.counterName(), false);
      case RECALLED -> new Announcement(event.ticketNumber(), event.counterName(), true);
      default -> null;
    };
    sender.submit(() -> broadcast(announce));
  }

  private void broadcast(Announcement announce) {
    if (emitters.isEmpty()) {
      return;
    }
    Snapshot snapshot;
    try {
      snapshot = snapshot(announce);
    } catch (RuntimeException e) {
      LOG.warn("Queue display not updated: {}", e.getMessage());
      return;
    }
    for (SseEmitter emitter : emitters) {
      try {
        emitter.send(SseEmitter.event().name("queue").data(snapshot));
      } catch (IOException | IllegalStateException gone) {
        emitters.remove(emitter);
      }
    }
  }

  @PreDestroy
  void close() {
    emitters.forEach(SseEmitter::complete);
    sender.shutdownNow();
  }
}
