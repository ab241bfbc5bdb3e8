package app.guidepost.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernameTest {

  @Test
  void namesThatLookAlikeAreTold() {
    assertThat(new Username("rninh").looksLike(new Username("minh"))).isTrue();
    assertThat(new Username("\u0430dmin").looksLike(new Username("admin"))).isTrue();
    assertThat(new Username("lan").looksLike(new Username("lam"))).isFalse();
  }

  @Test
  void latinMixedWithCyrillicIsRefusedButOneScriptOrLatinWithArabicIsNot() {
    assertThat(new Username("\u0430dmin").mixesScripts()).isTrue();
    assertThat(new Username("nguyễn.văn.an").mixesScripts()).isFalse();
    assertThat(new Username("أحمد").mixesScripts()).isFalse();
    assertThat(new Username("иван").mixesScripts()).isFalse();
  }
}
