package app.guidepost.article;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an audience as its lowercase code, the word used in front matter. */
@Converter(autoApply = true)
public class AudienceConverter implements AttributeConverter<Audience, String> {
  @Override
  public String convertToDatabaseColumn(Audience audience) {
    return audience == null ? null : audience.code();
  }

  @Override
  public Audience convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Audience.fromCode(code).orElseThrow(() -> new IllegalStateException("Unknown audience in database: " + code));
  }
}
