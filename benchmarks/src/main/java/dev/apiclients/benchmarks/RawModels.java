package dev.apiclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apiclients.activeplatform.Manager;
import dev.apiclients.activeplatform.ManagerRole;
import dev.apiclients.activeplatform.ManagerStatus;
import dev.apiclients.libib.Patron;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the hand-written baseline decodes into: the same records the SDK returns. */
public final class RawModels {

  private RawModels() {}

  /** A Libib patrons page as plain Jackson reads it. */
  public record RawPatronPage(long total, int pages, List<RawPatron> patrons) {}

  /** A Libib patron as plain Jackson reads it. */
  public record RawPatron(String barcode, String firstName, String lastName, String email, String notificationEmails,
      String tags, String patronId, String phone, String address1, String address2, String city, String state,
      String country, String zip, Integer freeze) {

    /** The SDK's record for the same data. */
    public Patron toPatron() {
      return new Patron(barcode, firstName, lastName, email, notificationEmails, tags, patronId, phone, address1,
          address2, city, state, country, zip, freeze == null ? null : freeze != 0);
    }
  }

  /** A JSON:API managers body read into a Jackson tree and walked: the plain baseline. */
  public static List<Manager> managersFromBody(byte[] body) {
    try {
      return managersFromTree(RawClient.JSON.readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON:API managers document read by walking a Jackson tree: the plain baseline. */
  public static List<Manager> managersFromTree(JsonNode root) {
    List<Manager> managers = new ArrayList<>();
    for (JsonNode resource : root.get("data")) {
      JsonNode a = resource.get("attributes");
      JsonNode role = a.get("manager_role");
      Map<String, String> custom = new LinkedHashMap<>();
      a.get("custom_attributes").fields().forEachRemaining(f -> custom.put(f.getKey(), f.getValue().asText()));
      managers.add(new Manager(resource.get("id").asText(), a.get("reseller_id").asLong(), a.get("name").asText(),
          ManagerStatus.of(a.get("status").asText()), a.get("email").asText(), a.get("role").asText(),
          new ManagerRole(role.get("id").isNull() ? null : role.get("id").asLong(),
              role.get("name").isNull() ? null : role.get("name").asText()),
          a.get("phone").asText(), a.get("photo").asText(), a.get("manager_key").asText(),
          a.get("mfa_required").asBoolean(), custom,
          OffsetDateTime.parse(a.get("created_at").asText()), OffsetDateTime.parse(a.get("updated_at").asText())));
    }
    return managers;
  }
}
