package app.guidepost.boot;

import app.guidepost.platform.Readiness;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Tells {@link Readiness} when the web application takes requests: readiness waits for it. */
@WebListener
public class WebApplicationStarted implements ServletContextListener {

  @Inject Readiness readiness;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    readiness.webApplicationStarted();
  }
}
