package dev.apiclients.libib;

/**
 * A Libib account, as {@code GET /accounts} returns it (one for Libib Pro, every linked account
 * for Libib Ultimate).
 *
 * @param organization the organization name
 * @param apiId the account's API id
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
    Boolean authorized) {}
