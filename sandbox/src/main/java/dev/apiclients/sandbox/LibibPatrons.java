package dev.apiclients.sandbox;

import dev.apiclients.libib.PatronEmail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Libib sandbox's patrons and the {@code /patrons} endpoints: list 50 a page, get by barcode or
 * email, create (a Libib-style barcode is assigned unless given), update only the fields sent,
 * soft-delete (204; 400 with active checkouts) and restore ({@code PATCH}). Emails are the same by
 * the client's rule ({@link PatronEmail}: case and Unicode form ignored). Not thread-safe: {@link
 * LibibSandbox} serves one request at a time.
 */
final class LibibPatrons {

  /** Patrons per page, fixed as on Libib. */
  static final int PER_PAGE = 50;

  /** A patron and what the sandbox knows beyond its fields. */
  private static final class PatronRecord {
    Map<String, Object> fields;
    boolean deleted;
    final boolean activeCheckouts;

    PatronRecord(Map<String, Object> fields, boolean activeCheckouts) {
      this.fields = fields;
      this.activeCheckouts = activeCheckouts;
    }
  }

  private final List<PatronRecord> patrons = new ArrayList<>();
  private long nextBarcodeSequence = SandboxData.firstFreeBarcodeSequence();
  private UnknownPatronAnswer unknownAnswer = UnknownPatronAnswer.BLANK_200;

  /** The patrons of {@link SandboxData}. */
  LibibPatrons() {
    for (Map<String, Object> patron : SandboxData.libibPatrons()) {
      patrons.add(new PatronRecord(patron, Sandbox.PATRON_WITH_CHECKOUTS.equals(patron.get("barcode"))));
    }
  }

  void unknownAnswer(UnknownPatronAnswer answer) {
    unknownAnswer = answer;
  }

  /** Forgets every patron, deleted ones too. */
  void clear() {
    patrons.clear();
  }

  /** The patrons not deleted, in the order listed. */
  List<Map<String, Object>> active() {
    return patrons.stream().filter(p -> !p.deleted).map(p -> p.fields).toList();
  }

  SandboxResponse handle(SandboxRequest request, List<String> path) {
    if (path.size() == 1) {
      if (request.is("GET")) {
        return list(request.param("page"));
      }
      return request.is("POST") ? create(request.params()) : LibibSandbox.error(405, "Method not allowed");
    }
    if (path.size() != 2) {
      return LibibSandbox.error(404, "Not found");
    }
    String id = path.get(1);
    return switch (request.method()) {
      case "GET" -> get(id);
      case "POST" -> update(id, request.params());
      case "DELETE" -> delete(id);
      case "PATCH" -> restore(id);
      default -> LibibSandbox.error(405, "Method not allowed");
    };
  }

  private SandboxResponse get(String id) {
    PatronRecord patron = findActive(id);
    if (patron != null) {
      return SandboxResponse.json(200, patron.fields);
    }
    return unknownAnswer == UnknownPatronAnswer.BLANK_200 ? SandboxResponse.json(200, SandboxData.emptyPatron(null))
        : notFound(id);
  }

  private SandboxResponse list(String pageText) {
    int page;
    try {
      page = pageText == null ? 1 : Integer.parseInt(pageText.strip());
    } catch (NumberFormatException e) {
      page = 0;
    }
    if (page < 1) {
      return LibibSandbox.error(400, "page must be a whole number from 1");
    }
    List<Map<String, Object>> visible = active();
    long from = (long) (page - 1) * PER_PAGE;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", visible.size());
    body.put("pages", (visible.size() + PER_PAGE - 1) / PER_PAGE);
    body.put("max_per_page", PER_PAGE);
    body.put("patrons", from >= visible.size() ? List.of()
        : visible.subList((int) from, (int) Math.min(visible.size(), from + PER_PAGE)));
    return SandboxResponse.json(200, body);
  }

  /** Creates a patron from Libib's URL parameters: 200 with it, or 400/409 and nothing created. */
  SandboxResponse create(Map<String, String> params) {
    for (String field : List.of("first_name", "last_name")) {
      String value = params.get(field);
      if (value == null || value.isBlank()) {
        return LibibSandbox.error(400, field + " is required");
      }
    }
    Map<String, Object> patron = SandboxData.emptyPatron(null);
    patron.put("country", "US");
    String invalid = PatronRules.apply(params, patron, false);
    if (invalid != null) {
      return LibibSandbox.error(400, invalid);
    }
    boolean generated = patron.get("barcode") == null;
    if (generated) {
      patron.put("barcode", SandboxData.barcode(nextBarcodeSequence));
    }
    SandboxResponse conflict = conflict(patron, null);
    if (conflict != null) {
      return conflict;
    }
    if (generated) {
      nextBarcodeSequence++;
    }
    patrons.add(new PatronRecord(patron, false));
    return SandboxResponse.json(200, patron);
  }

  private SandboxResponse update(String id, Map<String, String> params) {
    PatronRecord record = findActive(id);
    if (record == null) {
      return notFound(id);
    }
    Map<String, Object> updated = new LinkedHashMap<>(record.fields);
    String invalid = PatronRules.apply(params, updated, true);
    if (invalid != null) {
      return LibibSandbox.error(400, invalid);
    }
    SandboxResponse conflict = conflict(updated, record);
    if (conflict != null) {
      return conflict;
    }
    record.fields = updated;
    return SandboxResponse.json(200, updated);
  }

  private SandboxResponse delete(String id) {
    PatronRecord record = findActive(id);
    if (record == null) {
      return notFound(id);
    }
    if (record.activeCheckouts) {
      return LibibSandbox.error(400, "Patron has active checkouts");
    }
    record.deleted = true;
    return SandboxResponse.noContent();
  }

  private SandboxResponse restore(String id) {
    PatronRecord record = null;
    for (int i = patrons.size() - 1; i >= 0 && record == null; i--) {
      PatronRecord candidate = patrons.get(i);
      if (candidate.deleted && matches(candidate, id)) {
        record = candidate;
      }
    }
    if (record == null) {
      return findActive(id) != null ? LibibSandbox.error(400, "Patron is not deleted: nothing to restore")
          : notFound(id);
    }
    if (conflict(record.fields, record) != null) {
      return LibibSandbox.error(409, "Patron cannot be restored: its email or barcode now belongs to another patron");
    }
    record.deleted = false;
    return SandboxResponse.json(200, record.fields);
  }

  /** A 409 when another active patron has the same email or barcode, else null. */
  private SandboxResponse conflict(Map<String, Object> patron, PatronRecord self) {
    for (PatronRecord other : patrons) {
      if (other == self || other.deleted) {
        continue;
      }
      if (patron.get("email") != null && other.fields.get("email") != null
          && PatronEmail.same((String) patron.get("email"), (String) other.fields.get("email"))) {
        return LibibSandbox.error(409, "A patron with email " + patron.get("email")
            + " already exists: email must be unique");
      }
      if (patron.get("barcode").equals(other.fields.get("barcode"))) {
        return LibibSandbox.error(409, "A patron with barcode " + patron.get("barcode") + " already exists");
      }
    }
    return null;
  }

  private PatronRecord findActive(String barcodeOrEmail) {
    for (PatronRecord patron : patrons) {
      if (!patron.deleted && matches(patron, barcodeOrEmail)) {
        return patron;
      }
    }
    return null;
  }

  private static boolean matches(PatronRecord patron, String barcodeOrEmail) {
    Object email = patron.fields.get("email");
    return barcodeOrEmail.equals(patron.fields.get("barcode"))
        || email != null && PatronEmail.same(barcodeOrEmail, (String) email);
  }

  private static SandboxResponse notFound(String id) {
    return LibibSandbox.error(404, "Patron not found: " + id);
  }
}
