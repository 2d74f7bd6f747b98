package dev.apiclients.libib;

import java.text.Normalizer;

/**
 * The one rule for "the same email" that the {@link PatronImport} (its matching, its duplicate
 * check and its comparison of values) and the sandbox use: surrounding spaces ignored, Unicode
 * normalised to NFC (so {@code é} typed as one character or as {@code e} plus an accent is the same),
 * then case ignored code point by code point, the same in every locale ({@code İlker@} and {@code
 * ilker@} are one email, as {@link String#equalsIgnoreCase(String)} has it).
 */
public final class PatronEmail {

  private PatronEmail() {}

  /**
   * The form two emails are compared in: stripped, NFC, each code point upper-cased then
   * lower-cased without a locale.
   *
   * @param email an email, or null
   * @return its comparison key; null for null, empty for a blank email
   */
  public static String key(String email) {
    if (email == null) {
      return null;
    }
    String nfc = Normalizer.normalize(email.strip(), Normalizer.Form.NFC);
    StringBuilder key = new StringBuilder(nfc.length());
    nfc.codePoints().forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return key.toString();
  }

  /**
   * Whether two emails are the same by {@link #key(String)}; null and blank are the same as each
   * other.
   */
  public static boolean same(String a, String b) {
    String x = key(a);
    String y = key(b);
    return (x == null || x.isEmpty()) ? (y == null || y.isEmpty()) : x.equals(y);
  }
}
