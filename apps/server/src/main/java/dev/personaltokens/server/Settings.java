package dev.personaltokens.server;

import dev.personaltokens.adapter.in.rest.TrustedProxies;
import dev.personaltokens.adapter.out.cluster.ClusterMembers;
import dev.personaltokens.adapter.out.cluster.ClusterSecret;
import dev.personaltokens.adapter.out.mail.SmtpMailer;
import dev.personaltokens.application.Policies;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.ExpiryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's settings, from MicroProfile Config (environment variables override the file). */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "ptk.token.max-lifetime")
  String tokenMaxLifetime;

  @Inject
  @ConfigProperty(name = "ptk.session.lifetime")
  String sessionLifetime;

  @Inject
  @ConfigProperty(name = "ptk.audit.retention")
  String auditRetention;

  @Inject
  @ConfigProperty(name = "ptk.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "ptk.notice.interval")
  String noticeInterval;

  @Inject
  @ConfigProperty(name = "ptk.smtp.host")
  Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "ptk.smtp.port")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "ptk.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "ptk.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "ptk.smtp.from")
  String smtpFrom;

  @Inject
  @ConfigProperty(name = "ptk.smtp.starttls")
  boolean smtpStartTls;

  @Inject
  @ConfigProperty(name = "ptk.trusted-proxies")
  Optional<String> trustedProxies;

  @Inject
  @ConfigProperty(name = "ptk.admin.email")
  String adminEmail;

  @Inject
  @ConfigProperty(name = "ptk.admin.password")
  Optional<String> adminPassword;

  /** The benchmark's handler and switches (PTK_BENCHMARK=on); never in production. */
  @Inject
  @ConfigProperty(name = "ptk.benchmark", defaultValue = "off")
  String benchmark;

  boolean benchmark() {
    return benchmark.equals("on");
  }

  /** The data grid's members (PTK_CLUSTER_MEMBERS); empty for a node alone. */
  @Inject
  @ConfigProperty(name = "ptk.cluster.members")
  Optional<String> clusterMembers;

  /** The cluster's name, as the launcher made the grid's from it (PTK_CLUSTER_NAME). */
  @Inject
  @ConfigProperty(name = "ptk.cluster.name", defaultValue = "personal-tokens")
  String clusterName;

  /** What only the cluster's nodes know (PTK_CLUSTER_SECRET); required with members. */
  @Inject
  @ConfigProperty(name = "ptk.cluster.secret")
  Optional<String> clusterSecret;

  String clusterName() {
    return clusterName;
  }

  ClusterSecret clusterSecret() {
    return ClusterSecret.of(
        clusterSecret.orElseThrow(
            () ->
                new IllegalStateException(
                    "PTK_CLUSTER_MEMBERS is set but PTK_CLUSTER_SECRET is not: give every node the"
                        + " same secret (./run makes one in its data directory)")));
  }

  boolean clustered() {
    return clusterMembers.filter(members -> !members.isBlank()).isPresent();
  }

  /** The members' data grid addresses, resolved. */
  Set<InetSocketAddress> clusterMembers() {
    return ClusterMembers.parse(clusterMembers.orElse("")).stream()
        .map(ClusterMembers::address)
        .collect(Collectors.toSet());
  }

  Policies policies() {
    return new Policies(
        new ExpiryPolicy(duration("ptk.token.max-lifetime", tokenMaxLifetime)),
        duration("ptk.session.lifetime", sessionLifetime),
        duration("ptk.audit.retention", auditRetention),
        publicUrl.endsWith("/") ? publicUrl : publicUrl + "/");
  }

  /** How to mail, when PTK_SMTP_HOST names a server; mail is off otherwise. */
  Optional<SmtpMailer.Settings> smtp() {
    return smtpHost
        .filter(host -> !host.isBlank())
        .map(
            host ->
                new SmtpMailer.Settings(
                    host,
                    smtpPort,
                    smtpUser.filter(user -> !user.isBlank()),
                    smtpPassword,
                    smtpFrom,
                    smtpStartTls));
  }

  Duration noticeInterval() {
    return duration("ptk.notice.interval", noticeInterval);
  }

  TrustedProxies trustedProxies() {
    try {
      return TrustedProxies.parse(trustedProxies.orElse(""));
    } catch (InvalidValueException e) {
      throw new IllegalStateException("PTK_TRUSTED_PROXIES: " + e.getMessage(), e);
    }
  }

  Email adminEmail() {
    return new Email(adminEmail);
  }

  Optional<Password> adminPassword() {
    return adminPassword.map(Password::newPassword);
  }

  private static Duration duration(String name, String value) {
    try {
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          name + " must be an ISO-8601 duration such as P366D or PT24H, not " + value, e);
    }
  }
}
