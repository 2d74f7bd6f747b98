package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A reseller's customer account ({@code accounts}). Only the first rows of the model are visible
 * in the documents; every other attribute (an e-mail, custom attributes such as {@code inn}) is in
 * {@link #otherAttributes()}. Any component may be null.
 *
 * @param id the account id
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param resellerId the account's reseller
 * @param name the account name
 * @param accountClassId the account class
 * @param primaryName the primary name, such as a company name
 * @param firstName the contact person's first name
 * @param middleName the contact person's middle name
 * @param lastName the contact person's last name
 * @param country ISO 3166-1 alpha-2 country code
 * @param region the region of the contact address
 * @param city the city
 * @param street the street
 * @param building the building
 * @param office the office
 * @param zip the postcode
 * @param phone the phone number
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 * @param subscriptions the account's subscriptions when asked for with {@code include=subscriptions}
 *     (empty otherwise)
 */
public record Account(
    String id, OffsetDateTime createdAt, OffsetDateTime updatedAt, Long resellerId, String name,
    Long accountClassId, String primaryName, String firstName, String middleName, String lastName,
    String country, String region, String city, String street, String building, String office, String zip,
    String phone, Map<String, Object> otherAttributes, List<Subscription> subscriptions) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
