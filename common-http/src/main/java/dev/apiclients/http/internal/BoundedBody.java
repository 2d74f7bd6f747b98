package dev.apiclients.http.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a body into one array, failing once it grows past the limit. */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final int limit;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final List<ByteBuffer> parts = new ArrayList<>();
  private Flow.Subscription subscription;
  private long size;
  private volatile boolean exceeded;

  BoundedBody(int limit) {
    this.limit = limit;
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
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      size += buffer.remaining();
      parts.add(buffer);
    }
    if (size > limit && !exceeded) {
      exceeded = true;
      parts.clear();
      result.completeExceptionally(new JdkHttpTransport.BodyTooLargeException(limit));
      subscription.cancel();
    }
  }

  /** Cancels the body's subscription and frees what was read so far. */
  synchronized void abandon() {
    parts.clear();
    if (subscription != null) {
      subscription.cancel();
    }
    result.cancel(false);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public synchronized void onComplete() {
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
