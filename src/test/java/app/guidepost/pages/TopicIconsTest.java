package app.guidepost.pages;

import static org.assertj.core.api.Assertions.assertThat;

import app.guidepost.article.TopicIcon;
import org.junit.jupiter.api.Test;

class TopicIconsTest {

  @Test
  void everyIconIsDrawnHiddenFromScreenReadersInTheTextColour() {
    assertThat(TopicIcons.drawsEvery()).isTrue();
    for (TopicIcon icon : TopicIcon.values()) {
      assertThat(TopicIcons.svg(icon)).startsWith("<svg class=\"topic-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"")
          .matches("(?s).*<path d=\"M[0-9MmLlHhVvCcAaZz .,\\-]+\"/></svg>");
    }
  }
}
