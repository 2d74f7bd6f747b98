package dev.apiclients.activeplatform;

import dev.apiclients.activeplatform.internal.RecordText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which operations the platform allows on a subscription right now ({@code attributes.ability} of
 * a subscription, since 4.9). An operation outside it is answered 403 "This action is forbidden":
 * read it before a write. Which flag guards which endpoint is inferred from the names (the
 * documents list the keys only in an example): {@code stop} stop, {@code activate} activate,
 * {@code destroy} delete, {@code adjust} change order, {@code switchPlan} switch order, {@code renew}
 * renewal order, {@code prolong} prolong order, {@code changeAutoRenewOption} auto-renew. Each flag
 * is null when the platform did not send it (or sent something other than a boolean); keys the
 * documents do not show are kept in {@link #otherAttributes()}.
 *
 * @param stop may be stopped
 * @param activate may be activated
 * @param destroy may be deleted
 * @param adjust resource quantities may be changed (change order)
 * @param switchPlan may switch plan (switch order)
 * @param renew may be renewed (renewal order)
 * @param prolong may be prolonged (prolong order)
 * @param changeAutoRenewOption auto-renew may be changed
 * @param changeResourcesRenewalOrder resources may be changed in a renewal order
 * @param decreaseResourcesChangeOrder a change order may decrease resources
 * @param decreaseResourcesProlongOrder a prolong order may decrease resources
 * @param otherAttributes flags the documents do not show, as sent (unmodifiable)
 */
public record SubscriptionAbility(
    Boolean stop, Boolean activate, Boolean destroy, Boolean adjust, Boolean switchPlan, Boolean renew,
    Boolean prolong, Boolean changeAutoRenewOption, Boolean changeResourcesRenewalOrder,
    Boolean decreaseResourcesChangeOrder, Boolean decreaseResourcesProlongOrder, Map<String, Object> otherAttributes) {

  private static final SubscriptionAbility NONE =
      new SubscriptionAbility(null, null, null, null, null, null, null, null, null, null, null, Map.of());

  /** Null other attributes become an empty map. */
  public SubscriptionAbility {
    otherAttributes = otherAttributes == null ? Map.of() : otherAttributes;
  }

  /**
   * Reads the {@code ability} object as the platform sent it; anything but a map gives all flags
   * null. Never throws.
   *
   * @param ability the plain value of the attribute (a map of key to value), or null
   */
  public static SubscriptionAbility of(Object ability) {
    if (!(ability instanceof Map<?, ?> map)) {
      return NONE;
    }
    Map<String, Object> rest = new LinkedHashMap<>();
    map.forEach((key, value) -> rest.put(String.valueOf(key), value));
    return new SubscriptionAbility(flag(rest, "stop"), flag(rest, "activate"), flag(rest, "destroy"),
        flag(rest, "adjust"), flag(rest, "switch_plan"), flag(rest, "renew"), flag(rest, "prolong"),
        flag(rest, "change_auto_renew_option"), flag(rest, "change_resources_renewal_order"),
        flag(rest, "decrease_resources_change_order"), flag(rest, "decrease_resources_prolong_order"),
        Collections.unmodifiableMap(rest));
  }

  /** Takes a known key out of the map: its boolean, or null (and the value stays) when it is not one. */
  private static Boolean flag(Map<String, Object> rest, String key) {
    Object value = rest.get(key);
    Boolean flag = value instanceof Boolean b ? b
        : "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    if (flag != null || value == null) {
      rest.remove(key);
    }
    return flag;
  }

  /** Shows only the flags that are set. */
  @Override
  public String toString() {
    return RecordText.of(this);
  }
}
