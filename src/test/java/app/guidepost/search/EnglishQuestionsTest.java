package app.guidepost.search;

import static app.guidepost.search.SearchFixtures.english;
import static app.guidepost.search.SearchFixtures.slugs;
import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An English question is searched by what it asks about, not by the words of asking. */
class EnglishQuestionsTest {

  @RegisterExtension final IndexedFolder indexed = new IndexedFolder();

  @Test
  void theWordsOfAskingAreNotSearchedForButWhatIsAskedAboutIs() throws Exception {
    TypedQueries queries = new TypedQueries(indexed.index().analyzer());
    String body = TextField.main(Language.EN, TextField.Kind.BODY).name();

    assertThat(queries.typedWords(body, "How do I back up my files?")).containsExactly("back", "up", "file");
    assertThat(queries.typedWords(body, "why does my screen turn off")).containsExactly("screen", "turn", "off");
    // Only the words of asking: then they are what is looked for, in the exact form.
    assertThat(queries.typedWords(body, "how do I")).isEmpty();
    // A termbase term, or a word of another language read in English fields, keeps them: only
    // what a reader asks in English is read without them.
    assertThat(queries.words(body, "how do I")).containsExactly("how", "do", "i");
  }

  @Test
  void aTextThatSharesOnlyTheWordsOfAskingWithAQuestionIsNoHit() throws Exception {
    ArticleSearch search = indexed.searchOver(
        english("suspend-fail", "Why does my computer not turn back on after I suspended it?",
            "If you suspend your computer and then press a key, it should wake up. If it does not, press the power button."),
        english("password-change", "Change your password", "Open Settings, select Users and choose a new password."));

    // "How do I ... my ..." is asked of every article: only "password" says what about.
    assertThat(slugs(search, "how do I change my password", Language.EN)).containsExactly("password-change");
  }
}
