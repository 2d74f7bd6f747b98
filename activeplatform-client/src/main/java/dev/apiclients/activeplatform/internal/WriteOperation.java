package dev.apiclients.activeplatform.internal;

/**
 * What the client tells a user about one write when it fails: its name, the {@code ability} flag
 * the platform checks before it (a 403 then names the flag), and what to check before sending it
 * again when its outcome is unknown.
 *
 * @param name the operation as users call it, such as {@code stopSubscription}
 * @param abilityFlag the subscription {@code ability} key that guards it (wire name), or null
 * @param howToCheck one or two sentences: how to find out whether it took effect
 */
public record WriteOperation(String name, String abilityFlag, String howToCheck) {

  /** An operation that no {@code ability} flag guards. */
  public static WriteOperation of(String name, String howToCheck) {
    return new WriteOperation(name, null, howToCheck);
  }

  /** An operation on a subscription that its {@code ability} flag guards. */
  public static WriteOperation guarded(String name, String abilityFlag, String howToCheck) {
    return new WriteOperation(name, abilityFlag, howToCheck);
  }
}
