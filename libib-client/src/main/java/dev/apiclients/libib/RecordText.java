package dev.apiclients.libib;

/**
 * Builds the short {@code toString()} of the Libib records: {@code Name[field=value, ...]} with the
 * fields that have a value only, because Libib leaves most of a patron's fields null or empty.
 */
final class RecordText {

  private final StringBuilder text;
  private String separator = "";

  RecordText(String name) {
    text = new StringBuilder(name).append('[');
  }

  /** Adds {@code name=value} unless the value is null or an empty string. */
  RecordText add(String name, Object value) {
    if (value != null && !"".equals(value)) {
      text.append(separator).append(name).append('=').append(value);
      separator = ", ";
    }
    return this;
  }

  /** Adds {@code name=***} when there is a value: for a value that is also a credential. */
  RecordText addMasked(String name, Object value) {
    return add(name, value == null || "".equals(value) ? null : "***");
  }

  @Override
  public String toString() {
    return text + "]";
  }
}
