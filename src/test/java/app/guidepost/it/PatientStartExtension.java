package app.guidepost.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link PatientPayaraMicroContainer} in place of the stock Payara Micro container. */
public class PatientStartExtension implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, PatientPayaraMicroContainer.class);
  }
}
