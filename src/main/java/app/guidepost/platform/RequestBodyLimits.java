package app.guidepost.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Every request body has a limit, enforced before anything reads it whole: a body that says it is
 * larger is refused at once (413, and the connection closed rather than drained), one sent in
 * chunks is cut off the moment it passes the limit. Nobody can make the server hold a body
 * larger than its endpoint takes, signed in or not. Limits, by what the endpoint takes: an XLIFF
 * job {@value #XLIFF_BYTES} bytes, an article's file {@value #FILE_BYTES}, an article's text {@value #EDIT_BYTES}, anything else
 * {@value #DEFAULT_BYTES}.
 */
@WebFilter("/*")
public class RequestBodyLimits extends HttpFilter {

  private static final long serialVersionUID = 1L;
  /** The largest XLIFF document taken (16 M characters), in UTF-8 at worst 3 bytes each. */
  static final long XLIFF_BYTES = 48L * 1024 * 1024;
  /** An article body of 200,000 characters as JSON or form text, escaped at worst. */
  static final long EDIT_BYTES = 2L * 1024 * 1024;
  /** A file of an article (the largest taken, {@code FileType.MAX_BYTES}) and a form's parts around it. */
  static final long FILE_BYTES = 5L * 1024 * 1024 + 64 * 1024;
  /** Every other body: a search click, a sign-in, a support request, a walkthrough answer. */
  static final long DEFAULT_BYTES = 64L * 1024;

  /** Request attribute set when a body was cut off, for the error mapping. */
  public static final String CUT_OFF = "guidepost.bodyTooLarge";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    // The path as the container resolved it (decoded, dot segments removed): the raw address
    // could reach one endpoint with another's limit ("/api/xliff/../../en/sign-in").
    long limit = limitFor(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      response.setHeader("Connection", "close");
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      try {
        chain.doFilter(new Limited(request, limit), response);
      } catch (BodyTooLargeException | ServletException e) {
        if (!(e instanceof BodyTooLargeException || e.getCause() instanceof BodyTooLargeException) || response.isCommitted()) {
          throw e;
        }
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }

  static long limitFor(String path) {
    if (path.startsWith("/api/xliff")) {
      return XLIFF_BYTES;
    }
    if (path.startsWith("/api/articles/") && path.contains("/files/") || path.matches("/[a-z]{2}/editor/article-files/.*")) {
      return FILE_BYTES;
    }
    if (path.startsWith("/api/articles/") && path.contains("/translations/") || path.matches("/[a-z]{2}/editor(/.*)?")
        || path.startsWith("/api/guides/") && path.contains("/texts")) {
      return EDIT_BYTES;
    }
    return DEFAULT_BYTES;
  }

  /** A body sent in chunks, read through a stream that fails once past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting((HttpServletRequest) getRequest(), getRequest().getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    /** Form parameters are read from the stream above, never by the container past the limit. */
    @Override
    public String getParameter(String name) {
      refuseFormsInChunks();
      return super.getParameter(name);
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      refuseFormsInChunks();
      return super.getParameterMap();
    }

    @Override
    public String[] getParameterValues(String name) {
      refuseFormsInChunks();
      return super.getParameterValues(name);
    }

    /** Browsers send a form with its length; a form in chunks is not from a page of ours. */
    private void refuseFormsInChunks() {
      String type = getContentType();
      if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        getRequest().setAttribute(CUT_OFF, Boolean.TRUE);
        throw new BodyTooLargeException();
      }
    }
  }

  private static final class Counting extends ServletInputStream {
    private final HttpServletRequest request;
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(HttpServletRequest request, ServletInputStream in, long limit) {
      this.request = request;
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        request.setAttribute(CUT_OFF, Boolean.TRUE);
        throw new BodyTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }

  /** A body past its endpoint's limit: answered 413 wherever it surfaces. */
  public static final class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("The request body is larger than this address takes.", null, false, false);
    }
  }
}
