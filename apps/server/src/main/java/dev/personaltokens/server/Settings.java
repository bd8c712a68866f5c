package dev.personaltokens.server;

import dev.personaltokens.adapter.in.rest.TrustedProxies;
import dev.personaltokens.adapter.out.cluster.ClusterMembers;
import dev.personaltokens.adapter.out.cluster.ClusterSecret;
import dev.personaltokens.adapter.out.mail.SmtpMailer;
import dev.personaltokens.adapter.out.oidc.NimbusIdentityProvider;
import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.settings.PtkSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The server's settings, read by {@link PtkSettings} as the launcher and the ptk jar read them:
 * each environment variable, else its default. (The data source alone is MicroProfile Config's,
 * {@code ServerDataSource}: the container resolves it; its defaults are the same.)
 */
@ApplicationScoped
public class Settings {

  private final PtkSettings read = PtkSettings.ofThisProcess();

  /** The benchmark's handler and switches (PTK_BENCHMARK=on); never in production. */
  boolean benchmark() {
    return read.flag("PTK_BENCHMARK");
  }

  /** Whether PTK_CLUSTER_MEMBERS names the members of a cluster; a node alone otherwise. */
  boolean clustered() {
    return read.optional("PTK_CLUSTER_MEMBERS").isPresent();
  }

  /** The members' data grid addresses, resolved. */
  Set<InetSocketAddress> clusterMembers() {
    return ClusterMembers.parse(read.optional("PTK_CLUSTER_MEMBERS").orElse("")).stream()
        .map(ClusterMembers::address)
        .collect(Collectors.toSet());
  }

  /** The cluster's name, as the launcher made the grid's from it (PTK_CLUSTER_NAME). */
  String clusterName() {
    return read.text("PTK_CLUSTER_NAME");
  }

  /** What only the cluster's nodes know (PTK_CLUSTER_SECRET); required with members. */
  ClusterSecret clusterSecret() {
    return ClusterSecret.of(
        read.optional("PTK_CLUSTER_SECRET")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "PTK_CLUSTER_MEMBERS is set but PTK_CLUSTER_SECRET is not: give every"
                            + " node the same secret (./run makes one in its data directory)")));
  }

  Policies policies() {
    return read.policies();
  }

  /**
   * The identity provider people sign in with, when PTK_OIDC_ISSUER names one (with its client's id
   * and secret); none otherwise.
   */
  IdentityProvider identityProvider() {
    return read.optional("PTK_OIDC_ISSUER")
        .<IdentityProvider>map(
            issuer ->
                new NimbusIdentityProvider(
                    new NimbusIdentityProvider.Settings(
                        URI.create(issuer),
                        requiredWithIssuer("PTK_OIDC_CLIENT_ID"),
                        requiredWithIssuer("PTK_OIDC_CLIENT_SECRET"),
                        URI.create(policies().consoleUrl() + "api/oidc/callback"))))
        .orElse(IdentityProvider.NONE);
  }

  private String requiredWithIssuer(String name) {
    return read.optional(name)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "PTK_OIDC_ISSUER is set but "
                        + name
                        + " is not: give the client's id and secret the provider issued"));
  }

  /** How to mail, when PTK_SMTP_HOST names a server; mail is off otherwise. */
  Optional<SmtpMailer.Settings> smtp() {
    return read.optional("PTK_SMTP_HOST")
        .map(
            host ->
                new SmtpMailer.Settings(
                    host,
                    read.number("PTK_SMTP_PORT"),
                    read.optional("PTK_SMTP_USER"),
                    read.optional("PTK_SMTP_PASSWORD"),
                    read.text("PTK_SMTP_FROM"),
                    read.flag("PTK_SMTP_STARTTLS")));
  }

  Duration noticeInterval() {
    return read.duration("PTK_NOTICE_INTERVAL");
  }

  TrustedProxies trustedProxies() {
    try {
      return TrustedProxies.parse(read.optional("PTK_TRUSTED_PROXIES").orElse(""));
    } catch (InvalidValueException e) {
      throw new IllegalStateException("PTK_TRUSTED_PROXIES: " + e.getMessage(), e);
    }
  }

  Email adminEmail() {
    return new Email(read.text("PTK_ADMIN_EMAIL"));
  }

  Optional<Password> adminPassword() {
    return read.optional("PTK_ADMIN_PASSWORD").map(Password::newPassword);
  }
}
