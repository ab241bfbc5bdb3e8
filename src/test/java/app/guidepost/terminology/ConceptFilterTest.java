package app.guidepost.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConceptFilterTest {

  private static final Terminology.Entry VPN = new Terminology.Entry(new Concept("net-vpn", Optional.of("networking"), Optional.of("A private network over the internet."),
      Map.of(Language.EN, List.of(Term.preferred("VPN")), Language.VI, List.of(Term.preferred("mạng riêng ảo")))), Terminology.Origin.SHIPPED, 0, false);
  private static final Terminology.Entry PASSWORD = new Terminology.Entry(new Concept("acc-password", Optional.of("accounts-security"), Optional.empty(),
      Map.of(Language.EN, List.of(Term.preferred("password")), Language.DE, List.of(Term.preferred("Passwort")), Language.VI, List.of(Term.preferred("mật khẩu")))),
      Terminology.Origin.EDITED, 2, false);
  private static final Terminology.Entry OLD = new Terminology.Entry(new Concept("acme-fax", Optional.empty(), Optional.empty(),
      Map.of(Language.EN, List.of(Term.preferred("fax portal")))), Terminology.Origin.EDITED, 3, true);
  private static final List<Terminology.Entry> ALL = List.of(VPN, PASSWORD, OLD);

  private static List<String> ids(ConceptFilter filter) {
    return filter.apply(ALL).stream().map(entry -> entry.concept().id()).toList();
  }

  private static ConceptFilter words(String text) {
    return new ConceptFilter(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), false);
  }

  @Test
  void wordsFindTermsInAnyLanguageWithoutCaseOrDiacriticsAtTheStartOfAWord() {
    assertThat(ids(words("mat khau"))).containsExactly("acc-password");
    assertThat(ids(words("MẠNG"))).containsExactly("net-vpn");
    assertThat(ids(words("pass"))).containsExactly("acc-password");
    assertThat(ids(words("assword"))).as("inside a word").isEmpty();
    assertThat(ids(words("vpn"))).containsExactly("net-vpn");
    assertThat(ids(words("private network"))).as("the definition").containsExactly("net-vpn");
    assertThat(ids(words("fax"))).as("retired ones only when asked").isEmpty();
  }

  @Test
  void filtersBySubjectMissingLanguageOriginAndRetired() {
    assertThat(ids(new ConceptFilter(Optional.empty(), Optional.of("networking"), Optional.empty(), Optional.empty(), false))).containsExactly("net-vpn");
    assertThat(ids(new ConceptFilter(Optional.empty(), Optional.empty(), Optional.of(Language.DE), Optional.empty(), false))).containsExactly("net-vpn");
    assertThat(ids(new ConceptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Terminology.Origin.EDITED), false)))
        .containsExactly("acc-password");
    assertThat(ids(new ConceptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true))).containsExactly("acme-fax");
    assertThat(ConceptFilter.subjects(ALL)).containsExactly("accounts-security", "networking");
  }
}
