package dev.apiclients.http;

import java.io.Serializable;

/**
 * One error reported by the server in an error body, for example one entry of a JSON:API
 * {@code errors[]} array or the {@code message} of a plain JSON error. Every component may be
 * {@code null} when the server did not send it.
 *
 * @param status the HTTP status the error names, as text
 * @param code an application-specific error code
 * @param title a short summary of the problem
 * @param detail an explanation of this occurrence of the problem
 * @param sourcePointer a JSON pointer to the offending part of the request, such as {@code
 *     /data/attributes/email}, or the name of the offending query parameter
 */
public record ApiError(String status, String code, String title, String detail, String sourcePointer)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Returns a one-line, human readable form: title, detail, code and source where present. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, title, "");
    if (detail != null && !detail.isBlank() && !detail.equals(title)) {
      append(text, detail, text.length() == 0 ? "" : ": ");
    }
    if (code != null && !code.isBlank()) {
      text.append(text.length() == 0 ? "" : " ").append("(code ").append(code).append(')');
    }
    if (sourcePointer != null && !sourcePointer.isBlank()) {
      text.append(text.length() == 0 ? "" : " ").append("at ").append(sourcePointer);
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String value, String separator) {
    if (value != null && !value.isBlank()) {
      text.append(separator).append(value.strip());
    }
  }
}
