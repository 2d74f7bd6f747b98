package dev.apiclients.http.internal;

import feign.Request;

/** Restores empty query values that Feign renders as bare names. */
final class EmptyQueryValues {

  private EmptyQueryValues() {}

  /**
   * Feign renders a query parameter whose value is empty as a bare name ({@code ?phone}); this
   * restores {@code ?phone=} so that an empty value is sent explicitly, as the caller asked.
   */
  static Request restore(Request request) {
    String url = request.url();
    int query = url.indexOf('?');
    if (query < 0) {
      return request;
    }
    int fragment = url.indexOf('#', query);
    int end = fragment < 0 ? url.length() : fragment;
    StringBuilder fixed = null;
    int copied = 0;
    for (int start = query + 1; start < end; ) {
      int ampersand = url.indexOf('&', start);
      int pairEnd = ampersand < 0 || ampersand > end ? end : ampersand;
      int equals = url.indexOf('=', start);
      if (pairEnd > start && (equals < 0 || equals >= pairEnd)) {
        if (fixed == null) {
          fixed = new StringBuilder(url.length() + 4);
        }
        fixed.append(url, copied, pairEnd).append('=');
        copied = pairEnd;
      }
      start = pairEnd + 1;
    }
    if (fixed == null) {
      return request;
    }
    fixed.append(url, copied, url.length());
    return Request.create(request.httpMethod(), fixed.toString(), request.headers(), request.body(),
        request.charset(), request.requestTemplate());
  }}
