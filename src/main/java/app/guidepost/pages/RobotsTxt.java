package app.guidepost.pages;

import app.guidepost.platform.PublicAddress;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /robots.txt}: crawlers read the help center and its sitemap, and stay out of what is
 * not for the public index: the API, the editor, the agent console, sign-in, and walkthroughs
 * (each a reader's own, reached only by its unguessable address).
 */
@WebServlet("/robots.txt")
public class RobotsTxt extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PublicAddress publicAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String root = request.getContextPath();
    StringBuilder text = new StringBuilder("User-agent: *\n");
    text.append("Disallow: ").append(root).append("/api/\n");
    for (String page : new String[] {"editor", "console", "sign-in", "walkthroughs/"}) {
      text.append("Disallow: ").append(root).append("/*/").append(page).append('\n');
    }
    text.append("\nSitemap: ").append(publicAddress.of(request)).append("/sitemap.xml\n");
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(text.toString());
  }
}
