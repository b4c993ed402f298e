package id.go.bps.pst;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port for a server that must know its port before it starts (a fixed-port Spring context, the test SMTP
 * server). Chosen below the kernel's ephemeral range (Linux: 32768-60999): a port taken from that range with
 * {@code new ServerSocket(0)} and bound minutes later can meanwhile be the local end of one of the suite's own
 * outgoing connections (database pools, chromedriver) or of a server started on port 0, and the context then fails
 * with "Port … is already in use" (and every later context with it, through Camunda's static webapp registration).
 */
public final class TestPorts {

  private static final int FROM = 20_000;
  private static final int TO = 32_000;

  private TestPorts() {
  }

  /** A port between 20000 and 31999 that is free now. */
  public static int outsideEphemeralRange() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(FROM, TO);
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(port));
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IllegalStateException("no free port between " + FROM + " and " + TO);
  }
}
