package dev.apiclients.libib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordTextTest {

  @Test
  void aPatronShowsOnlyTheFieldsThatHaveAValue() {
    Patron patron = new Patron("2020000000013", "Mary", "Shelley", "mary@example.com", null, "", null, null,
        null, null, null, "KS", null, null, null);
    assertThat(patron).hasToString("Patron[barcode=2020000000013, firstName=Mary, lastName=Shelley, "
        + "email=mary@example.com, state=KS]");
  }

  @Test
  void aManagerShowsOnlyTheFieldsThatHaveAValue() {
    assertThat(new Manager("Sam", null, "sam@example.com", ManagerRole.ADMIN))
        .hasToString("Manager[firstName=Sam, email=sam@example.com, role=admin]");
  }

  @Test
  void anAccountMasksItsApiUserIdLikeTheCredentialHeader() {
    Account account = new Account("Sandbox Library", "user-7f3a", "owner@example.com", "Ada", null, 3, null, true);
    assertThat(account).hasToString(
        "Account[organization=Sandbox Library, apiId=***, email=owner@example.com, firstName=Ada, managerSeats=3, authorized=true]");
    assertThat(account.apiId()).isEqualTo("user-7f3a");
    assertThat(new Account("Org", null, null, null, null, null, null, null)).hasToString("Account[organization=Org]");
  }
}
