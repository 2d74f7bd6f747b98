package dev.apiclients.http.observation;

/**
 * What a call is: few distinct values per client, fit for metric tags and span names.
 *
 * @param client the client's name, such as {@code libib} or {@code activeplatform}
 * @param operation the operation, such as {@code libib.patrons.get} or {@code
 *     activeplatform.subscriptions.list}
 * @param method the HTTP method, such as {@code GET}
 * @param urlTemplate the path template relative to the base URL, such as {@code /patrons/{id}};
 *     never the URL itself, so it holds no identifier and no personal data
 */
public record CallInfo(String client, String operation, String method, String urlTemplate) {}
