package dev.apiclients.libib;

/**
 * A Libib patron, with every field Libib documents. Any field may be {@code null} when Libib has
 * no value for it.
 *
 * @param barcode the barcode, which identifies the patron (as does the email)
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email, which also identifies the patron
 * @param notificationEmails extra addresses for notifications, as Libib sends them
 * @param tags the tags, as Libib sends them
 * @param patronId the library's own patron id
 * @param phone the phone number
 * @param address1 the first address line
 * @param address2 the second address line
 * @param city the city
 * @param state the state or region
 * @param country the country
 * @param zip the postal code
 * @param freeze whether the patron is frozen (Libib sends 1, 0 or null; null means not set)
 */
public record Patron(
    String barcode,
    String firstName,
    String lastName,
    String email,
    String notificationEmails,
    String tags,
    String patronId,
    String phone,
    String address1,
    String address2,
    String city,
    String state,
    String country,
    String zip,
    Boolean freeze) {

  /** The fields that have a value, in the order above; null and empty fields are left out. */
  @Override
  public String toString() {
    return new RecordText("Patron").add("barcode", barcode).add("firstName", firstName).add("lastName", lastName)
        .add("email", email).add("notificationEmails", notificationEmails).add("tags", tags).add("patronId", patronId)
        .add("phone", phone).add("address1", address1).add("address2", address2).add("city", city).add("state", state)
        .add("country", country).add("zip", zip).add("freeze", freeze).toString();
  }
}
