package dev.apiclients.libib;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A manager to create with {@link Managers#createManager(NewManager)}. Every field is required; the
 * password has at least 8 characters; the role is {@link ManagerRole#ADMIN}, {@link
 * ManagerRole#MANAGER} or {@link ManagerRole#LENDER} (the owner cannot be created). {@link
 * #toString()} masks the password.
 *
 * @param email the new manager's email, which becomes their login
 * @param firstName the first name
 * @param lastName the last name
 * @param password the initial password (at least 8 characters)
 * @param role the role
 */
public record NewManager(String email, String firstName, String lastName, String password, ManagerRole role) {

  /** The least number of characters Libib accepts in a password. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException naming the missing or bad field
   */
  public NewManager {
    requireText(email, "email");
    if (!email.contains("@")) {
      throw new IllegalArgumentException("email must be an email address, was '" + email + "'");
    }
    requireText(firstName, "firstName");
    requireText(lastName, "lastName");
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("password is required");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (role == null) {
      throw new IllegalArgumentException("role is required: admin, manager or lender");
    }
    if (role == ManagerRole.OWNER || role == ManagerRole.UNKNOWN) {
      throw new IllegalArgumentException("role must be admin, manager or lender; was " + role);
    }
  }

  /** A builder; {@link Builder#build()} validates. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URL query parameters Libib expects, in its documented order. */
  Map<String, String> toQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("first_name", firstName);
    query.put("last_name", lastName);
    query.put("email", email);
    query.put("password", password);
    query.put("role", role.wireValue());
    return query;
  }

  /** Shows every field but the password. */
  @Override
  public String toString() {
    return "NewManager[email=" + email + ", firstName=" + firstName + ", lastName=" + lastName
        + ", password=***, role=" + role + "]";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required and must not be blank");
    }
  }

  /** Builds a {@link NewManager}. */
  public static final class Builder {
    private String email;
    private String firstName;
    private String lastName;
    private String password;
    private ManagerRole role;

    private Builder() {}

    /** The email (required). */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** The first name (required). */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /** The last name (required). */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /** The initial password, at least 8 characters (required). */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** The role: admin, manager or lender (required). */
    public Builder role(ManagerRole role) {
      this.role = role;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public NewManager build() {
      return new NewManager(email, firstName, lastName, password, role);
    }

    /** Masks the password. */
    @Override
    public String toString() {
      return "NewManager.Builder[email=" + email + ", password=***]";
    }
  }
}
