package dev.apiclients.http.internal;

import dev.apiclients.http.CredentialHeaders;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Masks secrets in URLs and text: secret query parameter values and credential header values. */
public final class Redactor {

  /** What a masked secret shows as. */
  public static final String MASK = "***";

  private final CredentialHeaders credentials;
  private final Set<String> secretQueryParameters;

  /**
   * @param credentials the credential headers whose names and values are secret
   * @param secretQueryParameters lower-case query parameter names whose values are secret
   */
  public Redactor(CredentialHeaders credentials, Set<String> secretQueryParameters) {
    this.credentials = credentials;
    this.secretQueryParameters = Set.copyOf(secretQueryParameters);
  }

  /** Whether a header's value must be masked. */
  public boolean isSecretHeader(String name) {
    return credentials.isCredential(name);
  }

  /** The URL with the value of every secret query parameter replaced by {@link #MASK}. */
  public String url(String url) {
    if (url == null) {
      return "";
    }
    int query = url.indexOf('?');
    if (query < 0) {
      return url;
    }
    int fragment = url.indexOf('#', query);
    String queryText = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
    StringBuilder masked = new StringBuilder(url.substring(0, query + 1));
    String separator = "";
    for (String pair : queryText.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      masked.append(separator);
      if (eq >= 0 && isSecretParameter(name)) {
        masked.append(name).append('=').append(MASK);
      } else {
        masked.append(pair);
      }
      separator = "&";
    }
    return masked.toString();
  }

  /** The values of the secret query parameters of a URL, decoded, for scrubbing text. */
  public List<String> secretValuesIn(String url) {
    List<String> values = new ArrayList<>();
    int query = url == null ? -1 : url.indexOf('?');
    if (query < 0) {
      return values;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && isSecretParameter(pair.substring(0, eq))) {
        String raw = pair.substring(eq + 1);
        values.add(raw);
        values.add(decode(raw));
      }
    }
    return values;
  }

  /** The text with every credential value and every given extra secret replaced by {@link #MASK}. */
  public String text(String text, Collection<String> extraSecrets) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String result = text;
    for (String secret : credentials.asMap().values()) {
      result = mask(result, secret);
    }
    for (String secret : extraSecrets) {
      result = mask(result, secret);
    }
    return result;
  }

  private static String mask(String text, String secret) {
    return secret == null || secret.length() < 3 ? text : text.replace(secret, MASK);
  }

  private boolean isSecretParameter(String rawName) {
    return secretQueryParameters.contains(decode(rawName).toLowerCase(Locale.ROOT));
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
