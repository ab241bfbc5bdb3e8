package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.account.GuidepostAuthentication;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a posted page form must show to change anything: that it comes from this site, and a
 * token another site cannot read: the session's when signed in (and only it), else the
 * visitor's form cookie repeated in the form.
 */
class FormGuardTest {

  private static final String SESSION_TOKEN = "s".repeat(43);
  private static final String VISITOR_TOKEN = "v".repeat(43);

  /** A request as the container hands it over: headers, form fields, cookies, maybe a session. */
  private static final class Request {
    final Map<String, String> headers = new HashMap<>(Map.of("Host", "help.example.org"));
    final Map<String, String> fields = new HashMap<>();
    final List<Cookie> cookies = new ArrayList<>();
    String sessionToken;
    boolean secure;

    Request header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Request field(String name, String value) {
      fields.put(name, value);
      return this;
    }

    Request cookie(String name, String value) {
      cookies.add(new Cookie(name, value));
      return this;
    }

    Request signedIn() {
      sessionToken = SESSION_TOKEN;
      return this;
    }

    HttpServletRequest build() {
      HttpSession session = sessionToken == null ? null : (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {HttpSession.class}, (proxy, method, args) ->
              method.getName().equals("getAttribute") && GuidepostAuthentication.SESSION_CSRF.equals(args[0]) ? sessionToken : null);
      return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
          (proxy, method, args) -> switch (method.getName()) {
            case "getHeader" -> headers.get((String) args[0]);
            case "getParameter" -> fields.get((String) args[0]);
            case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
            case "getSession" -> session;
            case "isSecure" -> secure;
            case "getContextPath" -> "";
            default -> null;
          });
    }
  }

  @Test
  void aVisitorsFormCountsWhenItRepeatsTheirFormCookie() {
    assertThat(FormGuard.formAccepted(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", VISITOR_TOKEN).build())).isTrue();
    assertThat(FormGuard.formAccepted(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", "x".repeat(43)).build())).isFalse();
    assertThat(FormGuard.formAccepted(new Request().field("csrf", VISITOR_TOKEN).build())).isFalse();
  }

  @Test
  void signedInOnlyTheSessionsTokenCountsNotAPlantedFormCookie() {
    assertThat(FormGuard.formAccepted(new Request().signedIn().field("csrf", SESSION_TOKEN).build())).isTrue();
    assertThat(FormGuard.formAccepted(new Request().signedIn().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", VISITOR_TOKEN).build())).isFalse();
    assertThat(FormGuard.csrfMatches(new Request().signedIn().field("csrf", SESSION_TOKEN).build())).isTrue();
    assertThat(FormGuard.csrfMatches(new Request().field("csrf", SESSION_TOKEN).build())).as("no session, no token").isFalse();
  }

  @Test
  void aFormFromAnotherSiteOrASiblingSubdomainIsRefusedWhateverItsToken() {
    Request fromElsewhere = new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", VISITOR_TOKEN);
    assertThat(FormGuard.formAccepted(fromElsewhere.header("Origin", "https://evil.example").build())).isFalse();
    assertThat(FormGuard.formAccepted(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", VISITOR_TOKEN)
        .header("Sec-Fetch-Site", "same-site").build())).isFalse();
    assertThat(FormGuard.formAccepted(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", VISITOR_TOKEN)
        .header("Origin", "not a url at all").build())).isFalse();
  }

  @Test
  void originNullAndOurOwnOriginLeaveTheDecisionToTheToken() {
    assertThat(FormGuard.sameSite(new Request().header("Origin", "null").build())).isTrue();
    assertThat(FormGuard.sameSite(new Request().header("Origin", "https://HELP.example.org").build())).isTrue();
    assertThat(FormGuard.sameSite(new Request().build())).isTrue();
  }

  @Test
  void aFormPostedFromThisSiteBeforeTheBrowserKeptTheCookieStillCounts() {
    // Two pages opened at once each set a cookie; the form of the first repeats a token the browser no longer has.
    assertThat(FormGuard.formAccepted(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).field("csrf", "w".repeat(43))
        .header("Sec-Fetch-Site", "same-origin").build())).isTrue();
    assertThat(FormGuard.formAccepted(new Request().field("csrf", "<script>").header("Sec-Fetch-Site", "same-origin").build()))
        .as("not a token of ours").isFalse();
  }

  @Test
  void aVisitorWithoutACookieGetsOneAndOverTlsItIsAHostCookie() {
    List<String> setCookies = new ArrayList<>();
    HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
        (proxy, method, args) -> {
          if (method.getName().equals("addHeader") && "Set-Cookie".equals(args[0])) {
            setCookies.add((String) args[1]);
          }
          return null;
        });
    String token = FormGuard.formToken(new Request().build(), response);
    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(setCookies).containsExactly("GUIDEPOST_FORM=" + token + "; Path=/; HttpOnly; SameSite=Lax");

    Request overTls = new Request();
    overTls.secure = true;
    String secure = FormGuard.formToken(overTls.build(), response);
    assertThat(setCookies.get(1)).isEqualTo("__Host-GUIDEPOST_FORM=" + secure + "; Path=/; HttpOnly; SameSite=Lax; Secure");
    assertThat(secure).isNotEqualTo(token);

    assertThat(FormGuard.formToken(new Request().cookie("GUIDEPOST_FORM", VISITOR_TOKEN).build(), response)).isEqualTo(VISITOR_TOKEN);
    assertThat(FormGuard.formToken(new Request().signedIn().build(), response)).isEqualTo(SESSION_TOKEN);
    assertThat(setCookies).hasSize(2);
  }
}
