package dev.personaltokens.server.http;

import dev.personaltokens.adapter.in.rest.ForwardAuthAnswer;
import dev.personaltokens.adapter.in.rest.TrustedProxies;
import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpHandler;

/**
 * Registers {@link VerificationEndpoint} with Payara's request dispatcher for {@code
 * /api/auth/verify} when the application starts, and takes it out when it stops - as Payara's own
 * containers register their context roots, through its {@code RequestDispatcher} service, reached
 * by reflection (Payara's internals are on no public repository). Payara then maps those paths to
 * it rather than to the application at {@code /}. When that can't be done, the servlet container
 * answers them ({@code ForwardAuthServlet}), the same, only slower.
 */
@WebListener
public class VerificationEndpointRegistration implements ServletContextListener {

  /** Under the application's own path, which is {@code /} as {@code ./run} deploys it. */
  private static final String PATH = "/api/auth/verify";

  private static final Logger LOG =
      Logger.getLogger(VerificationEndpointRegistration.class.getName());

  @Inject VerifyPersonalTokenUseCase verifyPersonalToken;
  @Inject TrustedProxies trustedProxies;
  @Inject Policies policies;

  private Object dispatcher;
  private String contextRoot;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ClassLoader loader = event.getServletContext().getClassLoader();
    String root = event.getServletContext().getContextPath() + PATH;
    try {
      ApplicationInvocation application = ApplicationInvocation.ofCurrent(loader);
      Object candidate = PayaraServices.of("org.glassfish.api.container.RequestDispatcher", loader);
      if (application == null || candidate == null) {
        LOG.warning(
            "Verification is answered by the servlet container: Payara gave no way past it");
        return;
      }
      HttpHandler endpoint =
          new VerificationEndpoint(
              new ForwardAuthAnswer(verifyPersonalToken, trustedProxies, policies), application);
      candidate
          .getClass()
          .getMethod(
              "registerEndpoint",
              String.class,
              HttpHandler.class,
              Class.forName("org.glassfish.api.deployment.ApplicationContainer", true, loader))
          .invoke(candidate, root, endpoint, null);
      dispatcher = candidate;
      contextRoot = root;
      LOG.info("Verification is answered before the servlet container at " + root);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Verification is answered by the servlet container", e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (dispatcher == null) {
      return;
    }
    try {
      dispatcher
          .getClass()
          .getMethod("unregisterEndpoint", String.class)
          .invoke(dispatcher, contextRoot);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "The verification endpoint could not be taken out", e);
    }
    dispatcher = null;
  }
}
