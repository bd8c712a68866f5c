package dev.personaltokens.server;

import dev.personaltokens.adapter.in.rest.OriginFilter;
import dev.personaltokens.adapter.in.rest.TrustedProxies;
import dev.personaltokens.adapter.out.mail.SmtpMailer;
import dev.personaltokens.application.Policies;
import dev.personaltokens.application.Ports;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.port.out.TwoFactors;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The use cases inside the server: the application's one assembly on the container's ports, every
 * call counted and in a transaction. Adapters inject the use cases they call, each a bean of its
 * own ({@link UseCaseBeans}); the server's own jobs inject {@link UseCases} and call the use cases
 * they need, so a new use case needs nothing here.
 */
@ApplicationScoped
public class UseCaseProducers {

  @Inject MetricRegistry registry;
  @Inject TransactionBoundary.Transaction transaction;

  @Inject Settings settings;
  @Inject PersonalTokens tokens;
  @Inject Accounts accounts;
  @Inject PasswordLinks passwordLinks;
  @Inject Sessions sessions;
  @Inject ServiceClients serviceClients;
  @Inject ScimTokens scimTokens;
  @Inject InstancePolicies instancePolicies;
  @Inject Clock clock;
  @Inject Randomness randomness;
  @Inject PasswordHasher hasher;
  @Inject AuditTrail auditTrail;
  @Inject Notices notices;
  @Inject Mailer mailer;
  @Inject Cluster cluster;
  @Inject SharedState sharedState;
  @Inject TwoFactors twoFactors;
  @Inject OneTimeCodes oneTimeCodes;
  @Inject IdentityProvider identityProvider;
  @Inject NodeCache cache;
  @Inject PendingUsage usage;

  /** The container's default managed executor: work after the answer, e.g. leak reports. */
  @Resource ManagedExecutorService managedExecutor;

  @Produces
  Executor background() {
    return managedExecutor;
  }

  /** Mail through PTK_SMTP_HOST, or none. */
  @Produces
  @ApplicationScoped
  Mailer mailer() {
    return settings.smtp().<Mailer>map(SmtpMailer::new).orElse(Mailer.OFF);
  }

  /** The identity provider of PTK_OIDC_ISSUER, or none. */
  @Produces
  @ApplicationScoped
  IdentityProvider identityProvider() {
    return settings.identityProvider();
  }

  /** Whose X-Forwarded-For names the client (PTK_TRUSTED_PROXIES). */
  @Produces
  TrustedProxies trustedProxies() {
    return settings.trustedProxies();
  }

  /** What the use cases obey, for adapters that tell their users, e.g. the longest lifetime. */
  @Produces
  Policies policies() {
    return settings.policies();
  }

  /**
   * One per application; a singleton rather than application-scoped: a record takes no proxy. Every
   * call runs through, outermost first: the node cache's boundary ({@code UseCases.wire}: evicts on
   * every node after the commit), the metrics (count every outcome, a database outage's too), the
   * transaction boundary (as the use case declares; 503 for an outage), the use case.
   */
  @Produces
  @Singleton
  UseCases useCases() {
    return UseCases.wire(
        new Ports(
            accounts,
            passwordLinks,
            tokens,
            sessions,
            serviceClients,
            scimTokens,
            instancePolicies,
            clock,
            randomness,
            hasher,
            auditTrail,
            OriginFilter.ORIGINS,
            notices,
            mailer,
            cluster,
            sharedState,
            twoFactors,
            oneTimeCodes,
            identityProvider),
        settings.policies(),
        new UseCaseMetrics(registry).then(new TransactionBoundary(transaction)),
        cache,
        usage);
  }
}
