package dev.apiclients.activeplatform;

import java.util.Locale;

/** When a switch order changes the plan ({@code switch_type}, required by the newest documents). */
public enum SwitchType {
  /** {@code immediate_switch}: at once. */
  IMMEDIATE_SWITCH,
  /** {@code delayed_switch}: at the end of the current period. */
  DELAYED_SWITCH;

  /** The wire value, such as {@code immediate_switch}. */
  public String wireValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
