package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.search.LearnedLexicon;
import app.guidepost.search.lexicon.Lexicon;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /{lang}/editor/lexicon?from=vi&to=en}: what search learned from the knowledge base's
 * translations, one direction at a time, the strongest pairs first, each with a link to the
 * termbase where a wrong one is corrected (the termbase takes precedence over the lexicon). The
 * page opens on the editor's language into English, or English into the first language it
 * learned for. An unknown language in the address is the same as none.
 */
@ApplicationScoped
public class LexiconPage {

  /** Pairs shown: an editor reads the strongest; the API gives up to a thousand. */
  static final int PAIRS_SHOWN = 200;

  @Inject PageResponses responses;
  @Inject LearnedLexicon lexicon;

  /** What the page shows; {@code pairs} empty and {@code problem} set when there is nothing to show. */
  public record View(String action, List<TermViews.Option> from, List<TermViews.Option> to, String fromLang, String toLang, String taught,
      String status, String problem, List<Pair> pairs) {}

  /** A learned pair, its certainty as a percentage written the page's way, and where the termbase finds the word. */
  public record Pair(String word, String rendering, String certainty, String termbaseUrl) {}

  void show(HttpServletRequest request, HttpServletResponse response, Language ui) throws IOException {
    Texts texts = responses.texts(ui);
    LearnedLexicon.State state = lexicon.current();
    Lexicon current = state.learned().map(LearnedLexicon.Learned::lexicon).orElse(Lexicon.EMPTY);
    Language from = language(request, "from").orElse(ui);
    Language to = language(request, "to").orElse(defaultTarget(current, from));
    String editor = EditorLinks.of(request, ui).list();
    List<Pair> pairs = new ArrayList<>();
    String problem = null;
    Lexicon.Direction direction = new Lexicon.Direction(from, to);
    if (from == to) {
      problem = texts.t("lexicon.sameLanguage");
    } else if (current.articles(direction) == 0) {
      problem = texts.t("lexicon.nothing");
    } else {
      com.ibm.icu.text.NumberFormat percent = com.ibm.icu.text.NumberFormat.getPercentInstance(com.ibm.icu.util.ULocale.forLocale(ui.locale()));
      for (Lexicon.LearnedPair pair : current.strongest(direction, PAIRS_SHOWN)) {
        pairs.add(new Pair(pair.word(), pair.rendering().word(), percent.format(pair.rendering().confidence()),
            editor + "/terms?q=" + URLEncoder.encode(pair.word(), StandardCharsets.UTF_8)));
      }
    }
    String status = state.learned().isEmpty() ? texts.t("lexicon.notYet") : state.inStep() ? null : texts.t("lexicon.learning");
    View view = new View(editor + "/lexicon", options(texts, from), options(texts, to), from.code(), to.code(),
        from == to ? null : texts.t("lexicon.taught", "count", current.articles(direction)), status, problem, pairs);
    responses.editorPage(response, 200, "pages/editor-lexicon.jte",
        responses.page(request, ui, texts.t("lexicon.title"), null, "/editor/lexicon", List.of()), view);
  }

  /** English for a reader of another language; for English, the first language learned beside it. */
  static Language defaultTarget(Lexicon lexicon, Language from) {
    if (from != Language.EN) {
      return Language.EN;
    }
    return lexicon.directions().getOrDefault(Language.EN, List.of()).stream().findFirst().orElse(Language.VI);
  }

  private static List<TermViews.Option> options(Texts texts, Language selected) {
    List<TermViews.Option> options = new ArrayList<>();
    for (Language language : Language.values()) {
      options.add(new TermViews.Option(language.code(), texts.language(language), language == selected));
    }
    return options;
  }

  private static Optional<Language> language(HttpServletRequest request, String name) {
    return Optional.ofNullable(request.getParameter(name)).flatMap(Language::fromCode);
  }
}
