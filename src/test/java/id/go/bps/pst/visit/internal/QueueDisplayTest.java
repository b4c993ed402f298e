package id.go.bps.pst.visit.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import id.go.bps.pst.common.Unit;
import id.go.bps.pst.common.UnitDirectory;
import id.go.bps.pst.visit.QueueService;
import id.go.bps.pst.visit.VisitProperties;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class QueueDisplayTest {

  private final QueueDisplay display = new QueueDisplay(mock(QueueService.class), mock(UnitDirectory.class),
      new VisitProperties(null, null, null), Clock.systemUTC());

  private final Unit tanaTidung = new Unit("6503", "BPS Kabupaten Tana Tidung", "Asia/Makassar", "Tideng Pale",
      "Jl. Contoh", "bps6503@bps.go.id", "0551", "Kepala", "1");

  @Test
  void anOpenDisplayStreamEndsWhenTheApplicationShutsDownSoGracefulShutdownDoesNotWaitForIt() {
    SseEmitter stream = display.subscribe(tanaTidung);

    display.endStreams();

    // a completed emitter refuses further events: its HTTP response has ended
    assertThatThrownBy(() -> stream.send("after shutdown")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStreamStillOpenAcceptsEvents() throws Exception {
    SseEmitter stream = display.subscribe(tanaTidung);
    stream.send("still open");
  }
}
