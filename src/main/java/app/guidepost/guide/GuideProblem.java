package app.guidepost.guide;

/** Something that keeps a guide from being published, at a 1-based line of guide.yaml. */
public record GuideProblem(int line, String message) {}
