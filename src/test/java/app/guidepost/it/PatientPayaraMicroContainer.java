package app.guidepost.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian's Payara Micro container, except that a server that stalls while booting is
 * dumped, killed and started once more, as an operator would restart it. A second stall, or
 * any other failure, still fails the test class.
 */
public class PatientPayaraMicroContainer extends PayaraMicroDeployableContainer {

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    Set<Long> before = StallingStarts.children();
    try {
      return super.deploy(archive);
    } catch (DeploymentException stalled) {
      StallingStarts.dumpAndKillStartedSince(before, "Payara Micro did not become ready (" + stalled.getMessage() + ")");
      undeploy(archive);
      return super.deploy(archive);
    }
  }
}
