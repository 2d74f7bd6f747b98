package dev.apiclients.activeplatform;

/**
 * A manager's access level ({@code manager_role}); both parts are null for a system administrator
 * or when none is set.
 *
 * @param id the access level id
 * @param name the access level name, such as {@code Access Level 1}
 */
public record ManagerRole(Long id, String name) {}
