package app.guidepost.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A termbase term that says "not" is named only by a question that says it too. */
class NegatedTermsTest {

  @TempDir Path folder;

  private final ArticleIndex index = new ArticleIndex();

  @AfterEach
  void close() {
    index.close();
  }

  private Glossary.Analysed glossary() throws Exception {
    index.open(folder);
    TypedQueries queries = new TypedQueries(index.analyzer());
    return new Glossary(List.of(
        new Glossary.Concept("not-charging", Map.of(
            Language.DE, List.of("Akku lädt nicht"), Language.NB, List.of("lader ikke"), Language.EN, List.of("not charging"),
            Language.AR, List.of("البطارية لا تشحن"))),
        new Glossary.Concept("wont-start", Map.of(Language.AR, List.of("الجهاز لا يشتغل"))),
        new Glossary.Concept("printer-offline", Map.of(Language.DE, List.of("Drucker offline")))))
        .analysed(queries::glossaryForms, queries::withStopWords);
  }

  private static List<String> named(Glossary.Analysed glossary, Language language, String text) {
    return glossary.named(language, text).stream().map(Glossary.Concept::id).toList();
  }

  @Test
  void aTermThatSaysNotIsNotNamedByTheQuestionWithoutIt() throws Exception {
    Glossary.Analysed glossary = glossary();

    assertThat(named(glossary, Language.DE, "Akku lädt nicht mehr")).containsExactly("not-charging");
    assertThat(named(glossary, Language.DE, "Akku lädt langsam")).isEmpty();
    assertThat(named(glossary, Language.DE, "Akku lädt nur bis 80 Prozent")).isEmpty();
    assertThat(named(glossary, Language.NB, "PC-en lader ikke")).containsExactly("not-charging");
    assertThat(named(glossary, Language.NB, "PC-en lader sakte")).isEmpty();
    assertThat(named(glossary, Language.EN, "laptop not charging")).containsExactly("not-charging");
    assertThat(named(glossary, Language.EN, "laptop charging slowly")).isEmpty();
    assertThat(named(glossary, Language.AR, "الجهاز لا يشتغل")).containsExactly("wont-start");
    assertThat(named(glossary, Language.AR, "الجهاز يشتغل وحده")).isEmpty();
  }

  @Test
  void otherStopWordsStillDoNotCount() throws Exception {
    // "ist" and "der" are left out of both, as before: the term is still named.
    assertThat(named(glossary(), Language.DE, "der Drucker ist offline")).containsExactly("printer-offline");
  }
}
