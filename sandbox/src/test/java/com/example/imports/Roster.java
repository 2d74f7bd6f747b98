package com.example.imports;

import dev.apiclients.libib.PatronFields;
import dev.apiclients.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The roster: a library of 150 members (60 of whom changed since), and 200 rows in a
 * shuffled order: 40 new members, 60 changed, 90 unchanged and 10 invalid.
 */
final class Roster {

  private Roster() {}

  /** A member's row: names and email from the key, a phone and a city. */
  static PatronFields person(String key) {
    return PatronFields.builder().firstName("First-" + key).lastName("Last-" + key)
        .email(key + "@example.org").phone("555-" + Math.floorMod(key.hashCode(), 10_000)).city("Lyon").build();
  }

  /** Empties the sandbox's library and adds the 150 existing members as they are today. */
  static void seed(Sandbox sandbox) {
    sandbox.libib().clearPatrons();
    List<PatronFields> existing = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      existing.add(person("member" + i));
    }
    sandbox.libib().addPatrons(existing.toArray(PatronFields[]::new));
  }

  /** The fields a changed member's row sets differently: a phone, and for every third one a city. */
  static Map<String, String> changesOf(String email) {
    int i = Integer.parseInt(email.substring("member".length(), email.indexOf('@')));
    return i % 3 == 0 ? Map.of("phone", "555-0" + i, "city", "Ménilmontant") : Map.of("phone", "555-0" + i);
  }

  /** The 200 rows, shuffled with a fixed seed. */
  static List<PatronFields> rows() {
    List<PatronFields> rows = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      PatronFields.Builder row = PatronFields.builder().firstName("First-member" + i).lastName("Last-member" + i)
          .email((i % 2 == 0 ? "Member" : "member") + i + "@Example.org");
      if (i < 60) {
        changesOf("member" + i + "@example.org").forEach((name, value) -> set(row, name, value));
        if (!changesOf("member" + i + "@example.org").containsKey("city")) {
          row.city("Lyon");
        }
      } else {
        row.phone(" 555-" + Math.floorMod(("member" + i).hashCode(), 10_000)).city("Lyon").state("");
      }
      rows.add(row.build());
    }
    for (int i = 0; i < 40; i++) {
      rows.add(person("new" + i));
    }
    for (int i = 0; i < 4; i++) {
      rows.add(PatronFields.builder().firstName("NoLast" + i).email("nolast" + i + "@example.org").build());
    }
    for (int i = 0; i < 3; i++) {
      rows.add(PatronFields.builder().firstName("Kan").lastName("Sas" + i).email("kansas" + i + "@example.org")
          .state("Kansas").build());
    }
    for (int i = 0; i < 2; i++) {
      rows.add(PatronFields.builder().firstName("Too").lastName("Many" + i).email("many" + i + "@example.org")
          .notificationEmails("a@x.org,b@x.org,c@x.org,d@x.org").build());
    }
    rows.add(person("new7"));
    Collections.shuffle(rows, new Random(14));
    return rows;
  }

  private static void set(PatronFields.Builder row, String name, String value) {
    if (name.equals("phone")) {
      row.phone(value);
    } else {
      row.city(value);
    }
  }
}
