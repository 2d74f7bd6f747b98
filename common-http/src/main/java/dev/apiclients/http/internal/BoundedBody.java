package dev.apiclients.http.internal;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Collects a body into one array within a size limit and a deadline. The JDK's request timeout
 * stops counting once the headers arrive; from then on this subscriber bounds the body itself: at
 * the deadline it cancels the exchange and fails with {@link HttpTimeoutException}, so a body that
 * stalls or drips cannot block the caller. One watchdog thread checks the deadlines of the bodies
 * being read every {@value Watchdog#TICK_MILLIS} ms; a body only joins and leaves its queue, so
 * reading a body wakes no other thread (a timer per body did, on every call).
 *
 * <p>It reaches the JDK through {@link HttpResponse.BodySubscribers#fromSubscriber}: the JDK
 * completes the response on the thread that read the body for its own adapter, while a body
 * subscriber of another kind is completed through the client's executor, one more thread hand-off
 * per response.
 */
final class BoundedBody implements Flow.Subscriber<List<ByteBuffer>> {

  private final int limit;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final List<ByteBuffer> parts = new ArrayList<>();
  private HttpResponse.BodySubscriber<byte[]> adapter;
  private Flow.Subscription subscription;
  private Ticket ticket;
  private long size;
  private boolean done;
  private byte[] bytes;
  private volatile boolean exceeded;

  /**
   * @param limit the largest body collected
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
   * @param timeoutMillis the read timeout, for the message
   */
  private BoundedBody(int limit, long deadlineNanos, long timeoutMillis) {
    this.limit = limit;
    this.deadlineNanos = deadlineNanos;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * A body and the JDK subscriber that feeds it.
   *
   * @param limit the largest body collected
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
   * @param timeoutMillis the read timeout, for the message
   */
  static BoundedBody create(int limit, long deadlineNanos, long timeoutMillis) {
    BoundedBody body = new BoundedBody(limit, deadlineNanos, timeoutMillis);
    body.adapter = HttpResponse.BodySubscribers.fromSubscriber(body, BoundedBody::bytes);
    return body;
  }

  /** What to hand the JDK: it completes with the body, or fails as this body did. */
  HttpResponse.BodySubscriber<byte[]> subscriber() {
    return adapter;
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
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    ticket = Watchdog.watch(this);
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    if (done) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      size += buffer.remaining();
      parts.add(buffer);
    }
    if (size > limit) {
      exceeded = true;
      finish();
      // The JDK's adapter cancels the exchange and fails the body with what onNext throws.
      throw new UncheckedIOException(new JdkHttpTransport.BodyTooLargeException(limit));
    }
  }

  /** The deadline passed before the body was complete: cancels the exchange and fails the body. */
  synchronized void expire() {
    if (done) {
      return;
    }
    finish();
    if (subscription != null) {
      subscription.cancel();
    }
    adapter.onError(new HttpTimeoutException("no complete response within the read timeout of " + timeoutMillis + " ms"));
  }

  @Override
  public synchronized void onError(Throwable error) {
    finish();
  }

  @Override
  public synchronized void onComplete() {
    if (done) {
      return;
    }
    byte[] whole = new byte[(int) size];
    int offset = 0;
    for (ByteBuffer part : parts) {
      int n = part.remaining();
      part.get(whole, offset, n);
      offset += n;
    }
    finish();
    bytes = whole;
  }

  /** The body read whole; called by the JDK's adapter after {@link #onComplete}. */
  private synchronized byte[] bytes() {
    if (bytes == null) {
      throw new IllegalStateException("the body was not read whole");
    }
    return bytes;
  }

  /** No more reading: frees what was read and leaves the watchdog's queue. */
  private void finish() {
    done = true;
    parts.clear();
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
}
