package dev.apiclients.http.internal;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Collects a body into one array within a size limit and a deadline. The JDK's request timeout
 * stops counting once the headers arrive; from then on this subscriber bounds the body itself: at
 * the deadline it cancels the exchange and fails with {@link HttpTimeoutException}, so a body that
 * stalls or drips cannot block the caller. The deadline timer runs only while a body is read.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private final int limit;
  private final long deadlineNanos;
  private final long timeoutMillis;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private Flow.Subscription subscription;
  private ScheduledFuture<?> expiry;
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

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "dev.apiclients-body-deadlines");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
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
    long remaining = deadlineNanos - System.nanoTime();
    expiry = DEADLINES.schedule(this::expire, Math.max(0, remaining), TimeUnit.NANOSECONDS);
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
  private synchronized void expire() {
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
    if (expiry != null) {
      expiry.cancel(false);
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
