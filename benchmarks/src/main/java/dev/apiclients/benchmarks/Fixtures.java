package dev.apiclients.benchmarks;

/** Deterministic Libib and ActivePlatform bodies of any size, shaped like the APIs' documents. */
public final class Fixtures {

  private Fixtures() {}

  /** One Libib patron object. */
  public static String patron(long n) {
    return "{\"barcode\":\"2020" + String.format("%09d", n) + "\",\"first_name\":\"First" + n
        + "\",\"last_name\":\"Last" + n + "\",\"email\":\"patron" + n + "@example.com\","
        + "\"notification_emails\":null,\"tags\":\"reader,member\",\"patron_id\":\"p" + n + "\","
        + "\"phone\":\"555-01" + (n % 100) + "\",\"address1\":\"" + n + " Main Street\",\"address2\":null,"
        + "\"city\":\"Augusta\",\"state\":\"KS\",\"country\":\"US\",\"zip\":\"67010\",\"freeze\":" + (n % 7 == 0 ? "1" : "null") + "}";
  }

  /** One Libib page of patrons: {@code {"total","pages","max_per_page","patrons"}}. */
  public static String patronPage(int page, int pages, int perPage) {
    StringBuilder body = new StringBuilder(perPage * 420);
    body.append("{\"total\":").append((long) pages * perPage).append(",\"pages\":").append(pages)
        .append(",\"max_per_page\":").append(perPage).append(",\"patrons\":[");
    if (page >= 1 && page <= pages) {
      for (int i = 0; i < perPage; i++) {
        body.append(i == 0 ? "" : ",").append(patron((long) (page - 1) * perPage + i + 1));
      }
    }
    return body.append("]}").toString();
  }

  /** One ActivePlatform manager resource. */
  public static String manager(long id) {
    return "{\"id\":\"" + id + "\",\"type\":\"managers\",\"attributes\":{"
        + "\"created_at\":\"2021-01-05T05:28:48.804+03:00\",\"updated_at\":\"2021-01-05T06:23:10.815+03:00\","
        + "\"reseller_id\":1,\"name\":\"Manager " + id + "\",\"status\":\"" + (id % 5 == 0 ? "inactive" : "active") + "\","
        + "\"email\":\"manager" + id + "@example.net\",\"role\":\"admin\","
        + "\"manager_role\":" + (id % 2 == 0 ? "{\"id\":1,\"name\":\"Access Level 1\"}" : "{\"id\":null,\"name\":null}") + ","
        + "\"phone\":\"+375280000000\",\"photo\":\"/images/manager/" + id + "/manager.png\",\"manager_key\":\"key" + id + "\","
        + "\"mfa_required\":true,\"custom_attributes\":{\"manager_1c_identifier\":\"" + id + "\"}}}";
  }

  /**
   * One ActivePlatform page of managers with absolute links.
   *
   * @param self the managers URL without query
   * @param number the page number
   * @param size the page size
   * @param pages how many pages the listing has
   */
  public static String managerPage(String self, int number, int size, int pages) {
    StringBuilder body = new StringBuilder(size * 560);
    body.append("{\"data\":[");
    for (int i = 0; i < size; i++) {
      body.append(i == 0 ? "" : ",").append(manager(431L + (long) (number - 1) * size + i));
    }
    body.append("],\"links\":{")
        .append("\"self\":\"").append(link(self, number, size)).append("\",")
        .append("\"first\":\"").append(link(self, 1, size)).append("\",")
        .append("\"prev\":").append(number > 1 ? "\"" + link(self, number - 1, size) + "\"" : "null").append(',')
        .append("\"next\":").append(number < pages ? "\"" + link(self, number + 1, size) + "\"" : "null").append(',')
        .append("\"last\":\"").append(link(self, pages, size)).append("\"}}");
    return body.toString();
  }

  private static String link(String self, int number, int size) {
    return self + "?page%5Bnumber%5D=" + number + "&page%5Bsize%5D=" + size;
  }
}
