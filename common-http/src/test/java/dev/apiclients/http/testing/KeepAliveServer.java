package dev.apiclients.http.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server that keeps connections open (keep-alive) and counts them: how many it
 * accepted and how many the client closed. So a test can see whether a closed client really let
 * go of its connections. Each request (GET, no body) is answered with 200 and the JSON the given
 * function makes from the request line; the request lines are recorded.
 */
public final class KeepAliveServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Function<String, String> answer;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "keep-alive-server");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger closedByClient = new AtomicInteger();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();

  private KeepAliveServer(Function<String, String> answer) throws IOException {
    this.answer = answer;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param answer the JSON body for a request line such as {@code GET /patrons?page=1 HTTP/1.1}
   */
  public static KeepAliveServer start(Function<String, String> answer) throws IOException {
    return new KeepAliveServer(answer);
  }

  /** The base URL, such as {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Connections accepted so far. */
  public int accepted() {
    return accepted.get();
  }

  /** Connections the client has closed (the server read the end of the stream). */
  public int closedByClient() {
    return closedByClient.get();
  }

  /** Connections still open. */
  public int open() {
    return accepted() - closedByClient();
  }

  /** The request lines received, in order. */
  public List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        accepted.incrementAndGet();
        connections.add(connection);
        threads.execute(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          closedByClient.incrementAndGet();
          return;
        }
        String line = head.lines().findFirst().orElse("");
        requestLines.add(line);
        byte[] body = answer.apply(line).getBytes(StandardCharsets.UTF_8);
        out.write(RawHttpServer.head("HTTP/1.1 200 OK", "Content-Type: application/json",
            "Content-Length: " + body.length));
        out.write(body);
        out.flush();
      }
    } catch (IOException e) {
      // the server is closing
    }
  }

  /** The request head, or null when the client closed the connection. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
