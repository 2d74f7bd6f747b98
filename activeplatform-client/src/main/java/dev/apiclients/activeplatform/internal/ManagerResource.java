package dev.apiclients.activeplatform.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.jasminb.jsonapi.annotations.Id;
import com.github.jasminb.jsonapi.annotations.Type;

/** The jsonapi-converter view of a {@code managers} resource; mapped to the public {@code Manager}. */
@Type("managers")
public final class ManagerResource {

  @Id public String id;

  @JsonProperty("created_at") public String createdAt;
  @JsonProperty("updated_at") public String updatedAt;
  @JsonProperty("reseller_id") public Long resellerId;
  @JsonProperty("name") public String name;
  @JsonProperty("status") public String status;
  @JsonProperty("email") public String email;
  @JsonProperty("role") public String role;
  @JsonProperty("manager_role") public AccessLevel managerRole;
  @JsonProperty("phone") public String phone;
  @JsonProperty("photo") public String photo;
  @JsonProperty("manager_key") public String managerKey;
  @JsonProperty("mfa_required") public Boolean mfaRequired;
  @JsonProperty("custom_attributes") public JsonNode customAttributes;

  /** The {@code manager_role} object. */
  public static final class AccessLevel {
    @JsonProperty("id") public Long id;
    @JsonProperty("name") public String name;
  }
}
