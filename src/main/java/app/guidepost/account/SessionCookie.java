package app.guidepost.account;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's attributes, set before the first session: {@code HttpOnly} and a name that
 * does not advertise the server. {@code SameSite=Lax} (not sent on cross-site subrequests and form
 * posts) is set on the HTTP listener ({@code src/main/payara/pre-boot-commands.txt}), the one place
 * Payara applies it (both listeners, plain and TLS); {@code Secure} follows the request: set whenever it came over TLS.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("GUIDEPOST_SESSION");
    cookie.setHttpOnly(true);
  }
}
