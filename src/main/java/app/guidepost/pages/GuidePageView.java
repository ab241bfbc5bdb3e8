package app.guidepost.pages;

/** A guide's first page: what it is about, and the button that starts it. */
public record GuidePageView(String lang, String dir, String title, String summary, String fallbackNotice, String startUrl) {}
