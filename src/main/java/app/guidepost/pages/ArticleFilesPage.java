package app.guidepost.pages;

import app.guidepost.account.Caller;
import app.guidepost.article.Slug;
import app.guidepost.files.ArticleFiles;
import app.guidepost.files.FileConflictException;
import app.guidepost.files.FileContent;
import app.guidepost.files.FileName;
import app.guidepost.files.FileType;
import app.guidepost.files.StoredFile;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The files of an article on its editing page: {@code /{lang}/editor/article-files/{slug}} takes
 * an uploaded file (a form in multipart) and {@code .../{slug}/{name}} removes one. A file is
 * stored under a name made from the one it came with ("Router lights.PNG" as router-lights.png),
 * and never over another file: a second "screenshot.png" is stored as screenshot-2.png, the same
 * bytes again are the file already there. The page's script sends the form itself and gets JSON
 * back, so that the text being edited stays on the page; without script the page comes back with
 * the outcome.
 */
@ApplicationScoped
public class ArticleFilesPage {

  /** Why a file was refused, each with its text on the page ({@code files.problem.<code>}). */
  enum Problem {
    TYPE("type"), CONTENTS("contents"), EMPTY("empty"), TOO_LARGE("tooLarge"), TOO_MANY("tooMany"), CHANGED("changed"), NOT_ALLOWED("notAllowed");

    final String code;

    Problem(String code) {
      this.code = code;
    }

    /** What the page says about it. */
    String text(Texts texts) {
      return texts.t("files.problem." + code, "megabytes", FileType.MAX_BYTES / 1024 / 1024);
    }

    static Optional<Problem> of(String code) {
      return java.util.Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
  }

  @Inject ArticleFiles files;
  @Inject Caller caller;
  @Inject PageResponses responses;

  void upload(HttpServletRequest request, HttpServletResponse response, Language ui, String slugText) throws IOException {
    Slug slug = Slug.parse(slugText).orElseThrow(() -> new InvalidInputException("Invalid slug", slugText));
    Language back = back(request, ui);
    try {
      files.requireMayChange(caller, slug);
      Part part = request.getPart("file");
      if (part == null || part.getSize() == 0) {
        throw new Refused(Problem.EMPTY);
      }
      if (part.getSize() > FileType.MAX_BYTES) {
        throw new Refused(Problem.TOO_LARGE);
      }
      byte[] bytes;
      try (InputStream in = part.getInputStream()) {
        bytes = in.readAllBytes();
      }
      StoredFile stored = store(slug, bytes, Optional.ofNullable(part.getSubmittedFileName()).orElse(""));
      if (wantsJson(request)) {
        answerJson(response, 201, Json.createObjectBuilder().add("name", stored.name()).add("markdown", stored.markdown())
            .add("url", ArticleFiles.servedAt(request.getContextPath(), slug) + stored.name()).add("image", stored.isImage())
            .add("message", responses.texts(ui).t("files.uploaded", "name", stored.name())).build().toString());
        return;
      }
      PageResponses.redirect(response, backTo(request, ui, slug, back) + "?file=" + encode(stored.name()) + "#files", HttpServletResponse.SC_SEE_OTHER);
    } catch (ServletException | IllegalStateException e) {
      refuse(request, response, ui, slug, back, Problem.TOO_LARGE);
    } catch (Refused e) {
      refuse(request, response, ui, slug, back, e.problem);
    } catch (ProblemException e) {
      refuse(request, response, ui, slug, back, problemOf(e));
    }
  }

  void remove(HttpServletRequest request, HttpServletResponse response, Language ui, String slugText, String nameText) throws IOException {
    Slug slug = Slug.parse(slugText).orElseThrow(() -> new InvalidInputException("Invalid slug", slugText));
    FileName name = FileName.require(nameText);
    Language back = back(request, ui);
    try {
      files.requireMayChange(caller, slug);
      files.remove(slug, name, Optional.ofNullable(request.getParameter("version")).orElse(""), caller.actor());
      PageResponses.redirect(response, backTo(request, ui, slug, back) + "?removed=" + encode(name.value()) + "#files", HttpServletResponse.SC_SEE_OTHER);
    } catch (ArticleFiles.FileNotFoundException e) {
      // Removed already, by someone else or by a second click: what was asked is done.
      PageResponses.redirect(response, backTo(request, ui, slug, back) + "?removed=" + encode(name.value()) + "#files", HttpServletResponse.SC_SEE_OTHER);
    } catch (ProblemException e) {
      refuse(request, response, ui, slug, back, problemOf(e));
    }
  }

  /**
   * Stores {@code bytes} under the name they came with, made valid, or the next free one; the
   * same bytes under that name already are that file.
   */
  private StoredFile store(Slug slug, byte[] bytes, String submittedName) {
    FileType sniffed = FileType.sniff(bytes).orElseThrow(() -> new Refused(Problem.TYPE));
    FileName wanted = FileName.suggestedFor(submittedName).orElseGet(() -> new FileName("file." + sniffed.extension()));
    FileContent content = FileContent.of(wanted, bytes);
    List<StoredFile> existing = files.list(slug);
    for (int n = 1; n <= ArticleFiles.MAX_PER_ARTICLE + 1; n++) {
      FileName candidate = n == 1 ? wanted : numbered(wanted, n);
      Optional<StoredFile> there = existing.stream().filter(f -> f.name().equals(candidate.value())).findFirst();
      if (there.isPresent()) {
        if (there.get().sha256().equals(content.sha256())) {
          return there.get();
        }
        continue;
      }
      try {
        return files.save(slug, candidate, content, ArticleFiles.Expected.nothing(), caller.actor()).file();
      } catch (FileConflictException e) {
        // Someone stored a file of that name a moment ago: the next number.
        existing = files.list(slug);
      }
    }
    throw new Refused(Problem.TOO_MANY);
  }

  private static FileName numbered(FileName name, int n) {
    String value = name.value();
    int dot = value.lastIndexOf('.');
    String stem = value.substring(0, dot);
    String suffix = "-" + n;
    stem = stem.length() + suffix.length() + value.length() - dot > FileName.MAX_LENGTH ? stem.substring(0, FileName.MAX_LENGTH - suffix.length() - (value.length() - dot)) : stem;
    return new FileName(stem.replaceAll("[-_.]+$", "") + suffix + value.substring(dot));
  }

  private static Problem problemOf(ProblemException e) {
    if (e instanceof FileContent.UnsupportedFileException unsupported) {
      return switch (unsupported.reason()) {
        case TYPE -> Problem.TYPE;
        case CONTENTS -> Problem.CONTENTS;
        case EMPTY -> Problem.EMPTY;
      };
    }
    if (e instanceof FileContent.FileTooLargeException) {
      return Problem.TOO_LARGE;
    }
    if (e instanceof ArticleFiles.TooManyFilesException) {
      return Problem.TOO_MANY;
    }
    if (e instanceof Caller.NotAllowedException) {
      return Problem.NOT_ALLOWED;
    }
    return Problem.CHANGED;
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, Language ui, Slug slug, Language back, Problem problem) throws IOException {
    if (wantsJson(request)) {
      answerJson(response, problem == Problem.TOO_LARGE ? 413 : problem == Problem.NOT_ALLOWED ? 403 : problem == Problem.CHANGED ? 409 : 415,
          Json.createObjectBuilder().add("problem", problem.code).add("message", problem.text(responses.texts(ui))).build().toString());
      return;
    }
    PageResponses.redirect(response, backTo(request, ui, slug, back) + "?fileProblem=" + problem.code + "#files", HttpServletResponse.SC_SEE_OTHER);
  }

  private static boolean wantsJson(HttpServletRequest request) {
    return Optional.ofNullable(request.getHeader("Accept")).filter(a -> a.contains("application/json")).isPresent();
  }

  private static void answerJson(HttpServletResponse response, int status, String json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(json);
  }

  private static Language back(HttpServletRequest request, Language ui) {
    return Optional.ofNullable(request.getParameter("back")).flatMap(Language::fromCode).orElse(ui);
  }

  private static String backTo(HttpServletRequest request, Language ui, Slug slug, Language back) {
    return EditorLinks.of(request, ui).translation(slug.value(), back);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** A file refused before it reached the store. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Refused(Problem problem) {
      super(problem.code, null, false, false);
      this.problem = problem;
    }
  }
}
