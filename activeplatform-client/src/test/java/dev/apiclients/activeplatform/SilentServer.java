package dev.apiclients.activeplatform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server that reads each request's first line and never answers, so a read timeout is
 * certain, and no delayed response can reach a WireMock journal during a later test (as a
 * WireMock fixed delay does: it journals the request only once the delay is over).
 */
final class SilentServer implements AutoCloseable {

  private final ServerSocket socket;
  private final List<Socket> held = new CopyOnWriteArrayList<>();
  private final BlockingQueue<String> requestLines = new LinkedBlockingQueue<>();

  SilentServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL to point a client at. */
  String baseUrl() {
    return "http://localhost:" + socket.getLocalPort();
  }

  /**
   * The first lines of the first {@code count} requests, such as {@code GET /api/v3/... HTTP/1.1},
   * waiting for the reading thread to record them (on a busy machine it may lag the client's
   * timeout); then checks that no further request arrived.
   */
  List<String> requestLines(int count) throws InterruptedException {
    List<String> lines = new ArrayList<>();
    while (lines.size() < count) {
      String line = requestLines.poll(10, TimeUnit.SECONDS);
      if (line == null) {
        break;
      }
      lines.add(line);
    }
    lines.addAll(requestLines);
    return lines;
  }

  private void accept() {
    try {
      while (true) {
        Socket client = socket.accept();
        held.add(client);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        String line = in.readLine();
        if (line != null) {
          requestLines.add(line);
        }
      }
    } catch (IOException closed) {
      // the server was closed
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : held) {
      client.close();
    }
  }
}
