package dev.apiclients.http.paging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the {@code rel="next"} target out of RFC 8288 {@code Link} header values. */
final class LinkHeader {

  private LinkHeader() {}

  /**
   * The target of the first link whose {@code rel} names {@code next}.
   *
   * @param values the {@code Link} header values, each possibly holding several links
   */
  static Optional<String> next(List<String> values) {
    for (String value : values) {
      int at = 0;
      while (at < value.length()) {
        int open = value.indexOf('<', at);
        int close = open < 0 ? -1 : value.indexOf('>', open);
        if (close < 0) {
          break;
        }
        int end = nextLinkStart(value, close);
        if (relIsNext(value.substring(close + 1, end))) {
          return Optional.of(value.substring(open + 1, close).strip()).filter(target -> !target.isEmpty());
        }
        at = end;
      }
    }
    return Optional.empty();
  }

  /** Where the parameters of the link closing at {@code close} end: the next top-level comma. */
  private static int nextLinkStart(String value, int close) {
    boolean quoted = false;
    for (int i = close + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return i;
      }
    }
    return value.length();
  }

  private static boolean relIsNext(String parameters) {
    for (String parameter : parameters.split(";")) {
      String[] nameValue = parameter.strip().split("=", 2);
      if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("rel")) {
        for (String rel : nameValue[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).split("\\s+")) {
          if (rel.equals("next")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
