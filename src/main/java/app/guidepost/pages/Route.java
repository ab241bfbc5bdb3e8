package app.guidepost.pages;

import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a page request goes: its language (from the address; {@code no} is sent to
 * {@code nb}) and the rest of the path, or a redirect: the bare site to the visitor's language
 * (the one they last read in, then Accept-Language, then English), a language without a trailing
 * slash to its home.
 */
record Route(Language language, List<String> parts, Optional<String> redirect) {

  /** The cookie that remembers the language a visitor last read in. */
  static final String REMEMBERED = "guidepost_lang";

  static Route of(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String info = Optional.ofNullable(request.getPathInfo()).orElse("");
    if (servletPath.isEmpty() || servletPath.equals("/")) {
      Optional<Language> remembered = Optional.ofNullable(request.getCookies()).stream().flatMap(java.util.Arrays::stream)
          .filter(c -> c.getName().equals(REMEMBERED)).findFirst().flatMap(c -> Language.fromCode(c.getValue()));
      Language language = remembered.orElseGet(() -> LanguageNegotiation.negotiate(Optional.empty(), request.getHeader("Accept-Language")));
      return new Route(language, List.of(), Optional.of("/" + language.code() + "/"));
    }
    String code = servletPath.substring(1);
    Language language = Language.fromCode(code).orElse(Language.EN);
    if (!code.equals(language.code())) {
      String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
      return new Route(language, List.of(), Optional.of("/" + language.code() + (info.isEmpty() ? "/" : info) + query));
    }
    if (info.isEmpty()) {
      return new Route(language, List.of(), Optional.of("/" + language.code() + "/"));
    }
    List<String> parts = List.of(info.substring(1).split("/", -1)).stream().filter(p -> !p.isEmpty()).toList();
    return new Route(language, parts, Optional.empty());
  }

  Locale locale() {
    return language.locale();
  }
}
