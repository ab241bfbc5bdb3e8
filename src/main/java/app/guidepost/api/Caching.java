package app.guidepost.api;

import jakarta.ws.rs.core.CacheControl;

/** Cache-Control values the API answers with. */
final class Caching {

  private Caching() {}

  /** For answers that hold a secret or a person's data: never kept by any cache. */
  static CacheControl noStore() {
    CacheControl control = new CacheControl();
    control.setNoStore(true);
    control.setNoTransform(false);
    return control;
  }
}
