package app.guidepost.pages;

import java.util.List;

/** What the admin pages show. */
public final class AdminViews {

  private AdminViews() {}

  /**
   * The accounts with a form for each, and the form for a new one. {@code problem} says why the
   * last form was refused; {@code outcome} what the last one did; {@code reset} a one-time
   * password-reset token to hand over, shown once.
   */
  public record AccountsView(List<AccountRow> accounts, NewAccount form, List<Choice> roles, List<String> languages, String action,
      String csrf, String problem, String outcome, Reset reset, String auditUrl) {}

  /** One account and the choices its form starts from. */
  public record AccountRow(String username, String displayName, String role, List<String> languages, boolean disabled, boolean self,
      String created) {}

  /** What the new-account form holds (kept when it was refused). */
  public record NewAccount(String username, String displayName, String role, List<String> languages) {}

  /** A value of a select, with its label. */
  public record Choice(String value, String label) {}

  /** A password-reset token issued for {@code username}, valid until {@code expires}, to use at {@code address}. */
  public record Reset(String username, String token, String expires, String address) {}

  /** The audit log, newest first, a page at a time. */
  public record AuditView(List<AuditRow> events, String olderUrl, String newestUrl, String accountsUrl) {}

  /** One change: when, who, what, to what, with its details. */
  public record AuditRow(String at, String actor, String action, String target, String detail) {}

  /**
   * The dashboard of one language over a period: totals, the charts (SVG drawn on the server,
   * each with its figures in a table), the queries to write content for, and what readers read
   * and found helpful.
   */
  public record DashboardView(String lang, int days, List<Choice> languages, List<Choice> periods, List<Total> totals, String searchesChart,
      List<DayRow> perDay, List<QueryRow> gaps, List<QueryRow> staffGaps, List<QueryRow> top, String readsChart, List<ArticleRow> articles,
      String votesChart, List<ArticleRow> voted, List<GuideFunnel> guides, Support support, String accountsUrl) {}

  /**
   * The period's support requests: how many readers sent, how many reached the ticket system,
   * how many wait (with {@code waiting} true when any does), and the latest with their delivery.
   */
  public record Support(String made, String delivered, String pending, boolean waiting, List<RequestRow> latest) {}

  /** One support request: when, from which guide (or the contact page), whether and when it was delivered. */
  public record RequestRow(String sent, String from, boolean delivered, String delivery, String reference) {}

  /**
   * One guide's funnel over the period: how many walkthroughs started, how many ended by each
   * outcome or were handed over to support, and per step how many reached it, are still there,
   * left there and ended there.
   */
  public record GuideFunnel(String title, String lang, long walkthroughs, long handedOver, String endings, String chart, List<StepRow> steps) {}

  /** One step of a guide's funnel. */
  public record StepRow(String title, long reached, long inProgress, long leftHere, long endedHere) {}

  /** A figure with its label. */
  public record Total(String label, String value) {}

  /** One day's searches. */
  public record DayRow(String day, long searches, long noResults) {}

  /** A query with how often it was searched and how many of those found nothing. */
  public record QueryRow(String query, long searches, long noResults) {}

  /** An article with its reads and its "Was this helpful?" answers. */
  public record ArticleRow(String title, String lang, String url, long reads, long helpful, long votes) {}
}
