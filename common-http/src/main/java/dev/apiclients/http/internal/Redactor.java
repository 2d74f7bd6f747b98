package dev.apiclients.http.internal;

import dev.apiclients.http.CredentialHeaders;
import dev.apiclients.http.HttpClientConfig;
import dev.apiclients.http.PathSegment;
import dev.apiclients.http.RetryPolicy;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking step for everything the library shows: log lines, exception messages, {@code
 * url()}, {@code headers()}, {@code body()}, decoder messages and pagination links.
 *
 * <ul>
 *   <li>Credential header values are masked wherever they appear in text, case-insensitively and
 *       also when echoed form-encoded ({@code %2F}, {@code +}), percent-encoded or JSON-escaped
 *       ({@code \/}).
 *   <li>The values of secret query parameters ({@code password}, {@code token}, ...) are masked in
 *       URLs, and scrubbed (in the same encodings) from the texts of that exchange.
 *   <li>A write request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) carries personal
 *       data in its query, so every query value of its URL is masked; the names are kept.
 *   <li>Credential headers, {@code Authorization} and cookies are shown as {@link #MASK}.
 * </ul>
 */
public final class Redactor {

  /** What a masked secret shows as. */
  public static final String MASK = "***";

  /** A redactor with no credentials and the default secret query parameters. */
  public static final Redactor DEFAULT =
      new Redactor(CredentialHeaders.none(), HttpClientConfig.DEFAULT_SECRET_QUERY_PARAMETERS);

  private static final Set<String> ALWAYS_SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

  private final CredentialHeaders credentials;
  private final Set<String> secretQueryParameters;
  private final List<Pattern> credentialPatterns;

  /**
   * @param credentials the credential headers whose names and values are secret
   * @param secretQueryParameters lower-case query parameter names whose values are secret
   */
  public Redactor(CredentialHeaders credentials, Set<String> secretQueryParameters) {
    this.credentials = credentials;
    this.secretQueryParameters = Set.copyOf(secretQueryParameters);
    this.credentialPatterns = patterns(credentials.asMap().values());
  }

  /** Whether a header's value must be masked whole. */
  public boolean isSecretHeader(String name) {
    return name != null && (credentials.isCredential(name) || ALWAYS_SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The URL as it may be shown: secret query values masked, every query value masked for a write
   * request, and any credential value masked.
   *
   * @param method the request method (decides whether every query value is personal data)
   * @param url the URL as sent
   */
  public String url(String method, String url) {
    if (url == null) {
      return "";
    }
    boolean maskAllValues = !RetryPolicy.isIdempotentRead(method);
    int query = url.indexOf('?');
    if (query < 0) {
      return text(url, List.of());
    }
    int fragment = url.indexOf('#', query);
    String queryText = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
    StringBuilder masked = new StringBuilder(url.substring(0, query + 1));
    String separator = "";
    for (String pair : queryText.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      masked.append(separator);
      if (eq >= 0 && (maskAllValues && eq < pair.length() - 1 || isSecretParameter(name))) {
        masked.append(name).append('=').append(MASK);
      } else {
        masked.append(pair);
      }
      separator = "&";
    }
    return text(masked.toString(), secretValuesIn(url));
  }

  /** The values of the secret query parameters of a URL, raw and decoded, for scrubbing text. */
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

  /**
   * The text with every credential value and every given extra secret replaced by {@link #MASK},
   * in any letter case and in their form-encoded, percent-encoded and JSON-escaped forms.
   */
  public String text(String text, Collection<String> extraSecrets) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    String result = text;
    for (Pattern pattern : credentialPatterns) {
      result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
    }
    if (!extraSecrets.isEmpty()) {
      for (Pattern pattern : patterns(extraSecrets)) {
        result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
      }
    }
    return result;
  }

  /**
   * Response headers as they may be shown: {@code Set-Cookie} dropped, credential and
   * authorization headers masked whole, every other value scrubbed of secrets.
   *
   * @param headers the headers as received (may be null)
   * @param extraSecrets further secrets of this exchange
   */
  public Map<String, List<String>> headers(Map<String, ? extends Collection<String>> headers, Collection<String> extraSecrets) {
    Map<String, List<String>> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers == null) {
      return shown;
    }
    headers.forEach((name, values) -> {
      if (name == null || name.equalsIgnoreCase("Set-Cookie") || values == null) {
        return;
      }
      List<String> masked = new ArrayList<>(values.size());
      for (String value : values) {
        masked.add(isSecretHeader(name) ? MASK : text(value, extraSecrets));
      }
      shown.merge(name, masked, (a, b) -> {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
      });
    });
    return shown;
  }

  private boolean isSecretParameter(String rawName) {
    return secretQueryParameters.contains(decode(rawName).toLowerCase(Locale.ROOT));
  }

  /** One case-insensitive pattern per secret, matching each of its encodings; the longest first. */
  private static List<Pattern> patterns(Collection<String> secrets) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret == null || secret.length() < 3) {
        continue;
      }
      forms.add(secret);
      forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      forms.add(PathSegment.percentEncode(secret));
      String jsonEscaped = secret.replace("\\", "\\\\").replace("\"", "\\\"");
      forms.add(jsonEscaped);
      forms.add(jsonEscaped.replace("/", "\\/"));
    }
    List<Pattern> patterns = new ArrayList<>();
    forms.stream().sorted((a, b) -> b.length() - a.length())
        .forEach(form -> patterns.add(Pattern.compile(Pattern.quote(form), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    return patterns;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }
}
