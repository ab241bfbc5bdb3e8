package app.guidepost.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the whole application (see web.xml): errors raised by the servlet
 * container itself, before JAX-RS or the pages see the request (an encoded slash in a path, an
 * unknown address). Under {@code /api} they answer with {@code application/problem+json}; anywhere
 * else with a page in the visitor's language, never the container's own page.
 */
@WebServlet("/_error")
public class ErrorPage extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Jsonb JSONB = JsonbBuilder.create();

  @jakarta.inject.Inject transient app.guidepost.pages.ErrorPages pages;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String api = request.getContextPath() + "/api";
    if (uri instanceof String path && !path.startsWith(api + "/") && !path.equals(api)) {
      pages.render(request, response, path, status);
      return;
    }
    Problem problem = switch (status) {
      case 400 -> Problem.of(400, "Bad Request", "The request could not be read.");
      case 404 -> Problem.of(404, "Not Found", "There is nothing at this address.");
      case 405 -> Problem.of(405, "Method Not Allowed", "This address does not accept that method.");
      case 413 -> Problem.of(413, "Body too large", "The request body is larger than this address takes.");
      default -> status >= 500
          ? Problem.of(500, "Internal error", "The server could not answer this request; the error has been logged.")
          : Problem.of(status, "Request refused", "The request was refused (HTTP " + status + ").");
    };
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    JSONB.toJson(problem, response.getOutputStream());
  }
}
