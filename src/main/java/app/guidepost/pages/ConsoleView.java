package app.guidepost.pages;

import java.util.List;

/**
 * The agent console: who is signed in, a search over all content (internal included), the
 * ticket steps with the guidance of the chosen one, and the guides for agents.
 */
public record ConsoleView(
    String agent, String csrfToken, String query, List<SearchView.Hit> hits, List<Step> steps, Step chosen, List<GuideLink> guides,
    List<WalkthroughPageView.Read> sections, List<GuideLink> agentGuides) {

  /** A ticket step to choose. */
  public record Step(String id, String name, String url, boolean selected) {}

  /** A guide, with the steps at the chosen ticket step (or none), and where to start it. */
  public record GuideLink(String title, String lang, String startUrl, boolean internal, List<String> steps) {}
}
