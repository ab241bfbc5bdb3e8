package app.guidepost.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian's Payara Micro container, except that a server that does not become ready is
 * dumped, killed and started once more, as an operator would restart it. The new start gets a
 * new stock container: the one that gave up keeps a task reading the dead server's output,
 * which must not mix with the new one's. A second failure fails the test class, with the first
 * attached.
 */
public class PatientPayaraMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

  /**
   * Deployments whose tests hash many passwords (sign-ins, password changes: PBKDF2 at 600,000
   * rounds, whose SHA-256 only the optimizing compiler turns into processor instructions). Every
   * other server compiles with C1 alone: it lives for a minute, and on 2 cores the optimizing
   * compiler's work at boot costs more than it ever wins back (SearchApiIT 50 s -> 33 s,
   * AccountsIT 50 s -> 116 s).
   */
  static final java.util.Set<String> HASHING_PASSWORDS = java.util.Set.of("accounts.war");

  private static final ClassArchive CLASS_ARCHIVE = new ClassArchive(java.nio.file.Path.of(System.getProperty("payara.microJar")));

  private PayaraMicroContainerConfiguration configuration;
  private String cmdOptions;
  private PayaraMicroDeployableContainer live = new PayaraMicroDeployableContainer();
  private ClassArchive.Use classArchive = new ClassArchive.Use(java.util.List.of(), false);
  private java.util.Optional<ProcessHandle> server = java.util.Optional.empty();

  @Override
  public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
    return PayaraMicroContainerConfiguration.class;
  }

  @Override
  public void setup(PayaraMicroContainerConfiguration configuration) {
    this.configuration = configuration;
    this.cmdOptions = configuration.getCmdOptions();
    live.setup(configuration);
  }

  @Override
  public void start() throws LifecycleException {
    live.start();
  }

  @Override
  public void stop() throws LifecycleException {
    live.stop();
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return live.getDefaultProtocol();
  }

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    Set<Long> before = StallingStarts.children();
    try {
      return deployOnce(archive, before);
    } catch (DeploymentException first) {
      StallingStarts.dumpAndKillStartedSince(before, "Payara Micro did not become ready (" + first.getMessage() + ")");
      CLASS_ARCHIVE.abandon(classArchive);
      try {
        live.undeploy(archive);
      } catch (DeploymentException alreadyGone) {
        first.addSuppressed(alreadyGone);
      }
      live = new PayaraMicroDeployableContainer();
      live.setup(configuration);
      try {
        return deployOnce(archive, StallingStarts.children());
      } catch (DeploymentException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  private ProtocolMetaData deployOnce(Archive<?> archive, Set<Long> before) throws DeploymentException {
    classArchive = CLASS_ARCHIVE.forNextStart();
    String options = HASHING_PASSWORDS.contains(archive.getName()) ? cmdOptions : cmdOptions + " -XX:TieredStopAtLevel=1";
    configuration.setCmdOptions(options + " " + String.join(" ", classArchive.jvmOptions()));
    ProtocolMetaData deployed = live.deploy(archive);
    // While a server starts, it is the only process this JVM starts.
    server = ProcessHandle.current().children().filter(child -> !before.contains(child.pid())).findFirst();
    return deployed;
  }

  /** Stops the server, and once it has exited keeps the class archive it may have written. */
  @Override
  public void undeploy(Archive<?> archive) throws DeploymentException {
    live.undeploy(archive);
    boolean exited = server.map(process -> {
      try {
        process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        return true;
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }).orElse(false);
    if (exited) {
      CLASS_ARCHIVE.afterExit(classArchive);
    } else {
      CLASS_ARCHIVE.abandon(classArchive);
    }
  }
}
