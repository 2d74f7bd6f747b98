package dev.apiclients.libib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The patron fields to send with {@link Patrons#createPatron(PatronFields)} or {@link
 * Patrons#updatePatron(String, PatronFields)}. Only the fields that were set are sent; a field set
 * to an empty string is sent empty, which clears it on Libib. {@link #toString()} masks the
 * password.
 */
public final class PatronFields {

  private final Map<String, String> fields;

  private PatronFields(Map<String, String> fields) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Fields from Libib names to values, as {@link #asMap()} gives them (for the import's diffs). */
  static PatronFields ofLibibNames(Map<String, String> fields) {
    return new PatronFields(fields);
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fields that were set, by Libib's names (such as {@code first_name}), in the order set. */
  public Map<String, String> asMap() {
    return fields;
  }

  /** Whether the given Libib field (such as {@code first_name}) was set to a non-blank value. */
  public boolean hasText(String libibName) {
    String value = fields.get(libibName);
    return value != null && !value.isBlank();
  }

  /** The Java name of a Libib field, such as {@code firstName} for {@code first_name}. */
  static String javaName(String libibName) {
    StringBuilder name = new StringBuilder(libibName.length());
    boolean upper = false;
    for (char c : libibName.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** Whether no field was set. */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** Shows the set fields, the password masked. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PatronFields[");
    String separator = "";
    for (Map.Entry<String, String> field : fields.entrySet()) {
      text.append(separator).append(field.getKey()).append('=')
          .append(field.getKey().equals("password") ? "***" : field.getValue());
      separator = ", ";
    }
    return text.append(']').toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PatronFields that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Builds {@link PatronFields}; each setter refuses null (use an empty string to clear a field). */
  public static final class Builder {
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the barcode (Libib advises letting it assign one) ({@code barcode}); an empty string clears it. */
    public Builder barcode(String barcode) {
      return put("barcode", "barcode", barcode);
    }

    /** Sets the first name ({@code first_name}); an empty string clears it. */
    public Builder firstName(String firstName) {
      return put("first_name", "firstName", firstName);
    }

    /** Sets the last name ({@code last_name}); an empty string clears it. */
    public Builder lastName(String lastName) {
      return put("last_name", "lastName", lastName);
    }

    /** Sets the email ({@code email}); an empty string clears it. */
    public Builder email(String email) {
      return put("email", "email", email);
    }

    /** Sets extra notification addresses ({@code notification_emails}); an empty string clears it. */
    public Builder notificationEmails(String notificationEmails) {
      return put("notification_emails", "notificationEmails", notificationEmails);
    }

    /** Sets the tags ({@code tags}); an empty string clears it. */
    public Builder tags(String tags) {
      return put("tags", "tags", tags);
    }

    /** Sets the library's own patron id ({@code patron_id}); an empty string clears it. */
    public Builder patronId(String patronId) {
      return put("patron_id", "patronId", patronId);
    }

    /** Sets the phone number ({@code phone}); an empty string clears it. */
    public Builder phone(String phone) {
      return put("phone", "phone", phone);
    }

    /** Sets the first address line ({@code address1}); an empty string clears it. */
    public Builder address1(String address1) {
      return put("address1", "address1", address1);
    }

    /** Sets the second address line ({@code address2}); an empty string clears it. */
    public Builder address2(String address2) {
      return put("address2", "address2", address2);
    }

    /** Sets the city ({@code city}); an empty string clears it. */
    public Builder city(String city) {
      return put("city", "city", city);
    }

    /** Sets the state or region ({@code state}); an empty string clears it. */
    public Builder state(String state) {
      return put("state", "state", state);
    }

    /** Sets the country ({@code country}); an empty string clears it. */
    public Builder country(String country) {
      return put("country", "country", country);
    }

    /** Sets the postal code ({@code zip}); an empty string clears it. */
    public Builder zip(String zip) {
      return put("zip", "zip", zip);
    }

    /** Sets whether the patron is frozen ({@code freeze}, sent as 1 or 0). */
    public Builder freeze(boolean freeze) {
      return put("freeze", "freeze", freeze ? "1" : "0");
    }

    /** Sets the patron's password for the Libib patron portal; never logged or shown. */
    public Builder password(String password) {
      return put("password", "password", password);
    }

    private Builder put(String libibName, String javaName, String value) {
      if (value == null) {
        throw new IllegalArgumentException(javaName + " must not be null; use \"\" to clear it");
      }
      fields.put(libibName, value);
      return this;
    }

    /** Builds the fields (they are checked against the operation when sent). */
    public PatronFields build() {
      return new PatronFields(fields);
    }

    /** Masks the password. */
    @Override
    public String toString() {
      return new PatronFields(fields).toString();
    }
  }
}
