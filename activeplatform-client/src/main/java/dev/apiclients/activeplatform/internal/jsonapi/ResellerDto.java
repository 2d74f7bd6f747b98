package dev.apiclients.activeplatform.internal.jsonapi;

import com.github.jasminb.jsonapi.annotations.Type;
import dev.apiclients.activeplatform.Reseller;
import java.time.OffsetDateTime;

/** A {@code resellers} resource (the type name is assumed). */
@Type("resellers")
public final class ResellerDto extends ResourceDto<Reseller> {
  String parentId;
  OffsetDateTime createdAt;
  OffsetDateTime updatedAt;
  General general;
  Company company;
  Contacts contacts;

  @Override
  protected Reseller toRecord() {
    return new Reseller(id(), parentId, createdAt, updatedAt, nested(general, General::toRecord),
        nested(company, Company::toRecord), nested(contacts, Contacts::toRecord), otherAttributes());
  }

  /** The {@code general} object. */
  static final class General extends OpenObject {
    String name;
    String domain;
    String currency;
    String manager;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;

    Reseller.General toRecord() {
      return new Reseller.General(name, domain, currency, manager, createdAt, updatedAt, otherAttributes());
    }
  }

  /** The {@code company} object. */
  static final class Company extends OpenObject {
    String name;
    String addressLine1;
    String addressLine2;
    String city;
    String state;
    String zip;
    String country;
    String phone;
    String fax;
    String email;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;

    Reseller.Company toRecord() {
      return new Reseller.Company(name, addressLine1, addressLine2, city, state, zip, country, phone, fax, email,
          createdAt, updatedAt, otherAttributes());
    }
  }

  /** The {@code contacts} object, whose keys are hyphenated ({@code first-name}). */
  static final class Contacts extends OpenObject {
    String firstName;
    String lastName;

    Reseller.Contacts toRecord() {
      return new Reseller.Contacts(firstName, lastName, otherAttributes());
    }
  }
}
