package app.guidepost.pages;

import java.util.List;
import java.util.Map;

/** One step of a walkthrough as a page; {@code stepHtml} is sanitized. */
public record WalkthroughPageView(
    String lang, String dir, String guideTitle, String guideUrl, String problem, List<Done> path, int stepNumber, String stepId, String stepTitle,
    String stepHtml, List<Read> sections, String outcome, String reference, boolean contactForm, Map<String, String> form,
    boolean canAnswer, List<Option> choices, boolean canGoBack, String actionUrl, String restartUrl, String notes) {

  /** An article section to read at this step. */
  public record Read(String articleTitle, String title, String lang, String url, String excerpt) {}

  /** A step answered before. */
  public record Done(String title, String answer) {}

  /** A choice at the step. */
  public record Option(String id, String label) {}
}
