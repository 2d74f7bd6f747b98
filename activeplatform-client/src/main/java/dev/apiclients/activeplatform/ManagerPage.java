package dev.apiclients.activeplatform;

import java.util.List;
import java.util.Objects;

/**
 * One page of a reseller's managers with its navigation links.
 *
 * @param managers the managers of this page, in the platform's order
 * @param links the page links; {@code links().next()} is empty on the last page
 */
public record ManagerPage(List<Manager> managers, PageLinks links) {

  /** Copies the managers. */
  public ManagerPage {
    managers = List.copyOf(managers);
    Objects.requireNonNull(links, "links");
  }

  /** Shows how many managers the page holds and its next link, not every manager. */
  @Override
  public String toString() {
    return "ManagerPage[" + managers.size() + " managers, next=" + links.next().map(Object::toString).orElse("none") + "]";
  }
}
