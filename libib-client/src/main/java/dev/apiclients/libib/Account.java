package dev.apiclients.libib;

/**
 * A Libib account, as {@code GET /accounts} returns it (one for Libib Pro, every linked account
 * for Libib Ultimate).
 *
 * @param organization the organization name
 * @param apiId the account's API user id: the value sent as the {@code x-api-user} credential header,
 *     so {@link #toString()} masks it as the client masks that header everywhere else
 * @param email the owner's email
 * @param firstName the owner's first name
 * @param lastName the owner's last name
 * @param managerSeats how many manager seats the account has
 * @param url the account's URL alias
 * @param authorized whether API access is authorized for the account
 */
public record Account(
    String organization,
    String apiId,
    String email,
    String firstName,
    String lastName,
    Integer managerSeats,
    String url,
    Boolean authorized) {

  /** The fields that have a value, {@code apiId} masked (it is the {@code x-api-user} credential). */
  @Override
  public String toString() {
    return new RecordText("Account").add("organization", organization).addMasked("apiId", apiId).add("email", email)
        .add("firstName", firstName).add("lastName", lastName).add("managerSeats", managerSeats).add("url", url)
        .add("authorized", authorized).toString();
  }
}
