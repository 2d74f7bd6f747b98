package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Relationship;
import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.Account;
import java.time.OffsetDateTime;
import java.util.List;

/** An {@code accounts} resource (the type name is assumed). */
@Type("accounts")
public final class AccountDto extends ResourceDto<Account> {
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  Long resellerId;
  String name;
  Long accountClassId;
  String primaryName;
  String firstName;
  String middleName;
  String lastName;
  String country;
  String region;
  String city;
  String street;
  String building;
  String office;
  String zip;
  String phone;

  @Relationship("subscriptions")
  List<SubscriptionDto> subscriptions;

  @Override
  protected Account toRecord() {
    return new Account(id(), createdAt, updatedAt, resellerId, name, accountClassId, primaryName, firstName,
        middleName, lastName, country, region, city, street, building, office, zip, phone, otherAttributes(),
        many(subscriptions));
  }
}
