package app.guidepost.render;

/** A {@code ##} section of an article: its anchor (the id guides link to) and its heading. */
public record Section(String anchor, String title, int level) {}
