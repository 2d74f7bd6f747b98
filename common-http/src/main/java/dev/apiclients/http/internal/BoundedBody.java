package dev.apiclients.http.internal;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.Iterator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Collects a body into one array within a size limit and a deadline. The JDK's request timeout
 * stops counting once the headers arrive; from then on this subscriber bounds the body itself: at
 * the deadline it cancels the exchange and fails with {@link HttpTimeoutException}, so a body that
 * stalls or drips cannot block the caller. One watchdog thread checks the deadlines of the bodies
 * being read every {@value Watchdog#TICK_MILLIS} ms; a body only joins and leaves its queue, so
 * reading a body wakes no other thread (a timer per body did, on every call).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final int limit;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private Flow.Subscription subscription;
  private Ticket ticket;
  private long size;
  private volatile boolean exceeded;

  /**
   * @param limit the largest body collected
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
   * @param timeoutMillis the read timeout, for the message
   */
  BoundedBody(int limit, long deadlineNanos, long timeoutMillis) {
    this.limit = limit;
    this.deadlineNanos = deadlineNanos;
    this.timeoutMillis = timeoutMillis;
  }

  /** The largest body this collects. */
  int limit() {
    return limit;
  }

  /** Whether the body grew past the limit (and was dropped). */
  boolean exceeded() {
    return exceeded;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    ticket = Watchdog.watch(this);
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      size += buffer.remaining();
      parts.add(buffer);
    }
    if (size > limit) {
      exceeded = true;
      fail(new JdkHttpTransport.BodyTooLargeException(limit));
    }
  }

  /** The deadline passed before the body was complete. */
  synchronized void expire() {
    if (!result.isDone()) {
      fail(new HttpTimeoutException("no complete response within the read timeout of " + timeoutMillis + " ms"));
    }
  }

  /** Stops reading: frees what was read, cancels the exchange, fails the body. */
  private void fail(Exception why) {
    parts.clear();
    stopTimer();
    result.completeExceptionally(why);
    if (subscription != null) {
      subscription.cancel();
    }
  }

  private void stopTimer() {
    if (ticket != null) {
      ticket.body = null;
    }
  }

  /**
   * A body's place in the watchdog's queue. It lets go of the body when the body is done, so that
   * a finished body (and the bytes it read) is not kept until the watchdog next looks.
   */
  static final class Ticket {
    final long deadlineNanos;
    volatile BoundedBody body;

    Ticket(BoundedBody body) {
      this.body = body;
      this.deadlineNanos = body.deadlineNanos;
    }
  }

  /**
   * Fails the bodies whose deadline passed. It ticks while bodies are being read and parks for
   * good after a second without any, so an idle client costs no wake-ups; only the first body
   * after such a pause wakes it. A body joins the queue with one append and leaves it by letting
   * go of its ticket; the watchdog drops spent tickets as it passes them.
   */
  static final class Watchdog implements Runnable {
    /** How often deadlines are checked. */
    static final long TICK_MILLIS = 20;

    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Queue<Ticket> READING = new ConcurrentLinkedQueue<>();
    private static final Watchdog INSTANCE = new Watchdog();
    private static volatile boolean parked;
    private static Thread thread;

    private Watchdog() {}

    static Ticket watch(BoundedBody body) {
      Ticket ticket = new Ticket(body);
      READING.add(ticket);
      if (thread == null || parked) {
        wake();
      }
      return ticket;
    }

    private static synchronized void wake() {
      if (thread == null) {
        thread = new Thread(INSTANCE, "dev.apiclients-body-deadlines");
        thread.setDaemon(true);
        thread.start();
      } else if (parked) {
        parked = false;
        LockSupport.unpark(thread);
      }
    }

    @Override
    public void run() {
      long lastBusy = System.nanoTime();
      while (true) {
        if (READING.isEmpty() && System.nanoTime() - lastBusy > IDLE_NANOS) {
          parked = true;
          // A body that joined while parking is set is seen right after: park returns at once
          // when wake() unparked first, and the queue is checked again.
          if (READING.isEmpty()) {
            LockSupport.park(this);
          }
          parked = false;
          lastBusy = System.nanoTime();
          continue;
        }
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
        long now = System.nanoTime();
        if (!READING.isEmpty()) {
          lastBusy = now;
        }
        for (Iterator<Ticket> tickets = READING.iterator(); tickets.hasNext(); ) {
          Ticket ticket = tickets.next();
          BoundedBody body = ticket.body;
          if (body == null) {
            tickets.remove();
          } else if (now - ticket.deadlineNanos >= 0) {
            tickets.remove();
            body.expire();
          }
        }
      }
    }
  }

  @Override
  public synchronized void onError(Throwable error) {
    stopTimer();
    result.completeExceptionally(error);
  }

  @Override
  public synchronized void onComplete() {
    stopTimer();
    if (result.isDone()) {
      return;
    }
    byte[] bytes = new byte[(int) size];
    int offset = 0;
    for (ByteBuffer part : parts) {
      int n = part.remaining();
      part.get(bytes, offset, n);
      offset += n;
    }
    result.complete(bytes);
  }
}
