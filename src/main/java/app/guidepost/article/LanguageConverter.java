package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its canonical code ({@code nb}, never {@code no}). */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {
  @Override
  public String convertToDatabaseColumn(Language language) {
    return language == null ? null : language.code();
  }

  @Override
  public Language convertToEntityAttribute(String code) {
    return code == null ? null : Language.require(code);
  }
}
