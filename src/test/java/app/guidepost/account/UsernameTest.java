package app.guidepost.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernameTest {

  @Test
  void namesThatLookAlikeAreTold() {
    assertThat(new Username("rninh").looksLike(new Username("minh"))).isTrue();
    assertThat(new Username("\u0430dmin").looksLike(new Username("admin"))).isTrue();
    assertThat(new Username("lan").looksLike(new Username("lam"))).isFalse();
    for (String lookalike : java.util.List.of("adm\u00EDn", "admin.", "admin_", "ad-min")) {
      assertThat(new Username(lookalike).looksLike(new Username("admin"))).as(lookalike).isTrue();
    }
    // Small capitals are not in Unicode's identifier set: refused whatever they resemble.
    for (String lookalike : java.util.List.of("\u1D00dmin", "admi\u0274")) {
      assertThat(new Username(lookalike).mixesScripts()).as(lookalike).isTrue();
    }
  }

  @Test
  void compatibilityFormsAreTheSameName() {
    assertThat(Username.parse("\uFF41\uFF44\uFF4D\uFF49\uFF4E")).contains(new Username("admin"));
    assertThat(Username.parse("A\u0301dmin")).contains(new Username("\u00E1dmin"));
  }

  @Test
  void latinMixedWithCyrillicIsRefusedButOneScriptOrLatinWithArabicIsNot() {
    assertThat(new Username("\u0430dmin").mixesScripts()).isTrue();
    assertThat(new Username("nguyễn.văn.an").mixesScripts()).isFalse();
    assertThat(new Username("أحمد").mixesScripts()).isFalse();
    assertThat(new Username("иван").mixesScripts()).isFalse();
  }
}
