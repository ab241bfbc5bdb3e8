package app.guidepost.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The templates, compiled at build time: rendering never compiles anything at run time. */
@ApplicationScoped
public class Templates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader());

  public String render(String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput();
    engine.render(template, parameters, out);
    return out.toString();
  }
}
