package app.guidepost.guide;

/** One answer at a step, and the step it leads to; {@code line} locates it in guide.yaml. */
public record Choice(String id, String next, int line) {}
