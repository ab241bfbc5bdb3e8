package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error pages for every status the container can raise, in the language of the address (or the
 * browser's), with the right title, direction and a way back, and nothing about the server.
 */
class ErrorPagesTest {

  private record Rendered(int status, String contentType, Map<String, String> headers, String body) {}

  private static Rendered render(String path, int status, Locale browser) throws Exception {
    ErrorPages pages = new ErrorPages();
    pages.templates = new Templates();
    pages.messages = new Messages();
    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(ErrorPagesTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getContextPath" -> "/app";
          case "getRequestURI" -> path;
          case "getLocales" -> Collections.enumeration(List.of(browser));
          case "getHeader" -> "Accept-Language".equals(args[0]) ? browser.toLanguageTag() : null;
          default -> null;
        });
    StringWriter body = new StringWriter();
    int[] code = new int[1];
    String[] type = new String[1];
    Map<String, String> headers = new HashMap<>();
    HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(ErrorPagesTest.class.getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "setStatus" -> code[0] = (Integer) args[0];
            case "setContentType" -> type[0] = (String) args[0];
            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
            case "getWriter" -> {
              return new PrintWriter(body);
            }
            default -> { }
          }
          return null;
        });
    pages.render(request, response, path, status);
    return new Rendered(code[0], type[0], headers, body.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /app/en/nowhere   | en | 404 | ltr | Page not found
      /app/ar/nowhere   | en | 404 | rtl | الصفحة غير موجودة
      /app/en/sign-out  | en | 400 | ltr | Something in the request is wrong
      /app/ar/sign-out  | en | 400 | rtl | هناك خطأ في الطلب
      /app/en/editor    | en | 403 | ltr | You may not open this page
      /app/ar/editor    | en | 403 | rtl | ليس لديك إذن بفتح هذه الصفحة
      /app/en/articles  | en | 500 | ltr | Something went wrong on our side
      /app/ar/articles  | en | 500 | rtl | حدث خطأ من جانبنا
      /app/vi/articles  | en | 503 | ltr | Đã xảy ra lỗi từ phía chúng tôi
      /app/%2e%2e       | ar | 400 | rtl | هناك خطأ في الطلب
      /app/%2e%2e       | de | 404 | ltr | Seite nicht gefunden
      """)
  void everyStatusIsAPageInTheVisitorsLanguageWithoutInternals(String path, String browser, int status, String dir, String title) throws Exception {
    Rendered page = render(path, status, Locale.forLanguageTag(browser));
    assertThat(page.status()).isEqualTo(status);
    assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(page.headers()).containsEntry("Cache-Control", "no-store");
    assertThat(page.body()).contains("dir=\"" + dir + "\"").contains("<h1>" + title + "</h1>").contains("<title>" + title + " · ")
        .containsPattern("<p><a href=\"/app/[a-z]{2}/\">");
    assertThat(page.body()).doesNotContainIgnoringCase("exception").doesNotContain("app.guidepost").doesNotContain("java.")
        .doesNotContainIgnoringCase("payara");
  }
}
