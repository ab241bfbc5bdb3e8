package app.guidepost.api;

import app.guidepost.search.SearchRequest;
import java.util.Optional;

/** Whole numbers from paths and queries, refused with a 400 when they are not. */
final class SearchRequestNumbers {

  private SearchRequestNumbers() {}

  static int positive(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new app.guidepost.platform.InvalidInputException("Missing " + name, "'" + name + "' is required: a number, 1 or more.");
    }
    return SearchRequest.integer(name, Optional.of(value), 1, 1, 1_000_000_000);
  }
}
