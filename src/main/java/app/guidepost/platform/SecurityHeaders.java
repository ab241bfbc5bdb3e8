package app.guidepost.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer: a strict Content-Security-Policy (scripts and styles only from this
 * site, never inline; no plugins; no framing; forms post only here), no MIME sniffing, and no
 * referrer sent to other sites. Walkthrough pages carry their secret in the address, so they
 * send no referrer at all.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", request.getRequestURI().contains("/walkthroughs/") ? "no-referrer" : "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}
