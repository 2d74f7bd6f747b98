package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A reseller ({@code resellers}: the reseller itself, or one of its downstream resellers). The
 * documents do not show the type name nor a reseller example; the client assumes the model of the
 * downstream list, read whatever the type. Any component may be null.
 *
 * @param id the reseller id
 * @param parentId the upstream reseller's id (a string in the documents)
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param general name, domain, currency and attached manager
 * @param company the company's details
 * @param contacts the contact person
 * @param otherAttributes attributes the documents do not show (unmodifiable)
 */
public record Reseller(
    String id, String parentId, OffsetDateTime createdAt, OffsetDateTime updatedAt, General general,
    Company company, Contacts contacts, Map<String, Object> otherAttributes) {
  /** Shows only the fields that have a value: collections by size, maps by their keys. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }


  /**
   * The {@code general} object.
   *
   * @param name the reseller's name
   * @param domain its domain
   * @param currency ISO 4217 alpha-3 currency code
   * @param manager the upstream manager attached to the reseller
   * @param createdAt when it was created (newer platforms)
   * @param updatedAt when it was last changed (newer platforms)
   * @param otherAttributes keys the documents do not show (unmodifiable)
   */
  public record General(String name, String domain, String currency, String manager, OffsetDateTime createdAt,
      OffsetDateTime updatedAt, Map<String, Object> otherAttributes) {}

  /**
   * The {@code company} object.
   *
   * @param name the company name
   * @param addressLine1 address line 1
   * @param addressLine2 address line 2
   * @param city the city
   * @param state the state
   * @param zip the postcode
   * @param country ISO 3166-1 alpha-2 country code
   * @param phone the phone number
   * @param fax the fax number
   * @param email the e-mail address
   * @param createdAt when it was created (newer platforms)
   * @param updatedAt when it was last changed (newer platforms)
   * @param otherAttributes keys the documents do not show (unmodifiable)
   */
  public record Company(String name, String addressLine1, String addressLine2, String city, String state,
      String zip, String country, String phone, String fax, String email, OffsetDateTime createdAt,
      OffsetDateTime updatedAt, Map<String, Object> otherAttributes) {}

  /**
   * The {@code contacts} object, whose keys are hyphenated ({@code first-name}); only the first two
   * are visible in the documents.
   *
   * @param firstName {@code first-name}
   * @param lastName {@code last-name}
   * @param otherAttributes every other key (unmodifiable)
   */
  public record Contacts(String firstName, String lastName, Map<String, Object> otherAttributes) {}
}
