package dev.apiclients.http.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that misbehaves as WireMock cannot: it reads each request's head and then
 * hands the raw socket to a script that may stall, drip bytes or lie. Counts the requests it read.
 * Closing it closes every connection, so no script outlives the test.
 */
public final class RawHttpServer implements AutoCloseable {

  /** What the server does with one connection after reading the request head. */
  @FunctionalInterface
  public interface Script {
    /**
     * Answers (or not) on the raw stream.
     *
     * @param requestNumber 1 for the first request the server read
     * @param out the connection's output
     */
    void answer(int requestNumber, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "raw-http-server");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger requests = new AtomicInteger();

  private RawHttpServer(Script script) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(() -> acceptLoop(script));
  }

  /** Starts a server on a free loopback port. */
  public static RawHttpServer start(Script script) throws IOException {
    return new RawHttpServer(script);
  }

  /** The base URL, such as {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** How many request heads were read. */
  public int requests() {
    return requests.get();
  }

  /** The bytes of a response head with the given status line and header lines. */
  public static byte[] head(String statusLine, String... headers) {
    StringBuilder head = new StringBuilder(statusLine).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private void acceptLoop(Script script) {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        threads.execute(() -> serve(connection, script));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection, Script script) {
    try (connection) {
      readHead(connection.getInputStream());
      script.answer(requests.incrementAndGet(), connection.getOutputStream());
      connection.getOutputStream().flush();
    } catch (SocketException | InterruptedException gone) {
      // the client gave up or the server is closing
    } catch (IOException e) {
      // same
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int read = 0; matched < 4 && read < 1_000_000; read++) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the request head ended");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
