package app.guidepost.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application (UTC), replaceable in tests. */
@ApplicationScoped
public class Clocks {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
