package app.guidepost.pages;

/** The sign-in form: where to go afterwards, what was typed, and why the last attempt failed. */
public record SignInView(String action, String returnTo, String username, String problem) {}
