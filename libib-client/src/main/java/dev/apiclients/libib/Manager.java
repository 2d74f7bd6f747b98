package dev.apiclients.libib;

/**
 * A Libib manager (a user of the Libib site), as {@code GET /managers} returns it.
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email, which identifies the manager
 * @param role the role; {@link ManagerRole#UNKNOWN} when Libib sent one this client does not know
 */
public record Manager(String firstName, String lastName, String email, ManagerRole role) {

  /** The fields that have a value; null and empty fields are left out. */
  @Override
  public String toString() {
    return new RecordText("Manager").add("firstName", firstName).add("lastName", lastName).add("email", email)
        .add("role", role).toString();
  }
}
