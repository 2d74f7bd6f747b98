package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.JsonApiReader;
import dev.apiclients.activeplatform.internal.QueryParams;
import dev.apiclients.activeplatform.internal.ResourceType;
import dev.apiclients.http.paging.PageProgress;
import dev.apiclients.http.paging.Paginator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The calls of one resource at one path (a listing and a read by id), shared by the public
 * resource classes so that each of them is only its documented surface.
 *
 * @param <R> the resource record
 */
final class ResourceCalls<R> {

  private final JsonApiReader reader;
  private final ResourceType<R> type;
  private final String path;
  private final int pageSize;

  ResourceCalls(JsonApiReader reader, ResourceType<R> type, String path, int pageSize) {
    this.reader = reader;
    this.type = type;
    this.path = path;
    this.pageSize = pageSize;
  }

  Paginator<R> paginator(long resellerId, QueryBuilder.QuerySpec query, PageProgress.Listener listener) {
    QueryParams params = query == null ? new QueryParams() : query.params();
    int size = query == null || query.pageSize() == null ? pageSize : query.pageSize();
    return reader.list(type, resellerId, path, size, params, listener);
  }

  List<R> list(long resellerId) {
    return paginator(resellerId, null, null).toList();
  }

  Stream<R> stream(long resellerId) {
    return paginator(resellerId, null, null).stream();
  }

  Stream<R> stream(long resellerId, ResourceQuery query) {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    return paginator(resellerId, query.spec(), null).stream();
  }

  R get(long resellerId, String id) {
    return reader.get(type, resellerId, path, id, null);
  }

  /** A read by id with {@code include} values from {@code allowed}. */
  R get(long resellerId, String id, Set<String> allowed, String... include) {
    QueryParams query = new QueryParams();
    if (include == null) {
      throw new IllegalArgumentException("include must not be null");
    }
    if (include.length > 0) {
      query.appendFrom("include", allowed, Arrays.asList(include));
    }
    return reader.get(type, resellerId, path, id, query);
  }
}
