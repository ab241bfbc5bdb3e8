package app.guidepost.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}, installed
 * by {@code .ci/run}), driven by Selenium with the driver named explicitly, so that nothing is
 * downloaded. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("guidepost.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("guidepost.chromedriver", "/usr/bin/chromedriver"));

  private final WebDriver driver;
  private final Path profile;

  Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError("Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); "
          + "looked for " + CHROMIUM + " and " + CHROMEDRIVER);
    }
    profile = TempFolders.create("guidepost-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Makes the browser as a new one would be for a site: a blank page, no cookies, storage or
   * cache of {@code origin}, the desktop window and no emulated media. Starting Chromium anew
   * for each test costs about 2 s on 2 cores (40 s a run); a test then begins from this.
   */
  void startAfresh(String origin) {
    java.util.List<String> windows = new java.util.ArrayList<>(driver.getWindowHandles());
    for (String extra : windows.subList(1, windows.size())) {
      driver.switchTo().window(extra).close();
    }
    driver.switchTo().window(windows.get(0));
    driver.get("about:blank");
    org.openqa.selenium.chromium.ChromiumDriver chromium = (org.openqa.selenium.chromium.ChromiumDriver) driver;
    chromium.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
    chromium.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    chromium.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", origin, "storageTypes", "all"));
    chromium.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", java.util.List.of()));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  /** Saves what the page looks like now as {@code target/screenshots/<name>.png}. */
  void screenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (org.openqa.selenium.WebDriverException alreadyGone) {
      // A browser that crashed has nothing left to quit.
    }
  }
}
