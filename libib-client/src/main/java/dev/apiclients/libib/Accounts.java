package dev.apiclients.libib;

import dev.apiclients.libib.internal.LibibApi;
import java.util.List;

/** Libib's account listing ({@code GET /accounts}). Get it with {@link LibibClient#accounts()}. */
public final class Accounts {

  private final LibibApi api;

  Accounts(LibibApi api) {
    this.api = api;
  }

  /** The accounts the credentials can see: one for Libib Pro, all linked ones for Ultimate. */
  public List<Account> getAccounts() {
    return api.accounts().accounts();
  }
}
