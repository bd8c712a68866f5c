package dev.personaltokens.application.service.notice;

import dev.personaltokens.application.port.in.notice.SendNoticesUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.Notices.Kind;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class SendNoticesService implements SendNoticesUseCase {

  /** How many due tokens one call looks at; the next call takes the rest. */
  static final int BATCH = 500;

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Notices notices;
  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Mailer mailer;
  private final Clock clock;
  private final CurrentPolicy policy;
  private final Audit audit;
  private final String consoleUrl;

  public SendNoticesService(
      Notices notices,
      PersonalTokens tokens,
      Accounts accounts,
      Mailer mailer,
      Clock clock,
      CurrentPolicy policy,
      Audit audit,
      String consoleUrl) {
    this.notices = notices;
    this.tokens = tokens;
    this.accounts = accounts;
    this.mailer = mailer;
    this.clock = clock;
    this.policy = policy;
    this.audit = audit;
    this.consoleUrl = consoleUrl;
  }

  /** The kinds a change asks for (a leak, an admin's revocation), sent once by the next run. */
  private static final Set<Kind> REQUESTED = EnumSet.of(Kind.LEAKED, Kind.REVOKED_BY_ADMIN);

  /** A token due for a notice of a kind. */
  private record Due(PersonalToken token, Kind kind) {}

  @Override
  public boolean sendNext() {
    if (!mailer.enabled()) {
      return false;
    }
    Instant now = clock.now();
    List<Due> due = new ArrayList<>();
    for (Kind requested : REQUESTED) {
      for (var id : notices.pending(requested, BATCH)) {
        tokens.findById(id).ifPresent(token -> due.add(new Due(token, requested)));
      }
    }
    Instant inADay = now.plus(Duration.ofDays(1));
    notices
        .expiringWithout(Kind.EXPIRY_1_DAY, now, inADay, BATCH)
        .forEach(token -> due.add(new Due(token, Kind.EXPIRY_1_DAY)));
    notices
        .expiringWithout(Kind.EXPIRY_7_DAYS, inADay, now.plus(Duration.ofDays(7)), BATCH)
        .forEach(token -> due.add(new Due(token, Kind.EXPIRY_7_DAYS)));
    InstancePolicy rules = policy.current();
    rules
        .warnsUnusedSince(now)
        .ifPresent(
            since ->
                notices
                    .unusedWithout(Kind.INACTIVE, since, now, BATCH)
                    .forEach(token -> due.add(new Due(token, Kind.INACTIVE))));
    if (due.isEmpty()) {
      return false;
    }
    AccountId owner = due.get(0).token().owner();
    // Claimed first, each by a conditional write: what a concurrent run claimed is its to send.
    List<Due> owners =
        due.stream()
            .filter(item -> item.token().owner().equals(owner))
            .filter(item -> claim(item, now))
            .toList();
    Optional<Account> account = accounts.findById(owner);
    if (account.isPresent() && !owners.isEmpty()) {
      try {
        mailer.send(account.get().email(), subject(owners), body(owners, rules, now));
      } catch (Mailer.MailFailure e) {
        owners.forEach(item -> notices.release(item.token().id(), item.kind()));
        throw e;
      }
      for (Due item : owners) {
        audit.record(
            item.token(),
            AuditEventType.TOKEN_EXPIRY_NOTICE,
            describe(item.kind()) + ", to " + account.get().email().value(),
            Origin.NONE);
      }
    }
    return true;
  }

  private boolean claim(Due item, Instant now) {
    return REQUESTED.contains(item.kind())
        ? notices.markSent(item.token().id(), item.kind(), now)
        : notices.claim(item.token().id(), item.kind(), now);
  }

  private static String describe(Kind kind) {
    return switch (kind) {
      case EXPIRY_7_DAYS -> "expires within 7 days";
      case EXPIRY_1_DAY -> "expires within a day";
      case LEAKED -> "revoked as leaked";
      case REVOKED_BY_ADMIN -> "revoked by an admin";
      case INACTIVE -> "unused: revoked unless used";
    };
  }

  private static String subject(List<Due> items) {
    boolean leaked = items.stream().anyMatch(item -> item.kind() == Kind.LEAKED);
    if (leaked) {
      return "Personal Tokens: a token of yours was reported as leaked and revoked";
    }
    if (items.stream().anyMatch(item -> item.kind() == Kind.REVOKED_BY_ADMIN)) {
      return "Personal Tokens: an admin revoked a token of yours";
    }
    boolean unused = items.stream().anyMatch(item -> item.kind() == Kind.INACTIVE);
    if (items.size() == 1) {
      String name = "Personal Tokens: your token \"" + items.get(0).token().name().value() + "\"";
      return unused ? name + " will be revoked unless it is used" : name + " expires soon";
    }
    return "Personal Tokens: "
        + items.size()
        + " of your tokens "
        + (unused ? "expire or will be revoked soon" : "expire soon");
  }

  /**
   * Names each token, its hint and what is about to happen to it, in UTC: when it expires, or since
   * when it went unused and when it is revoked unless used ({@code rules} say, told {@code now});
   * never a key.
   */
  private String body(List<Due> items, InstancePolicy rules, Instant now) {
    StringBuilder body = new StringBuilder("Hello,\n\n");
    for (Due item : items) {
      PersonalToken token = item.token();
      body.append("- \"")
          .append(token.name().value())
          .append("\" (")
          .append(token.hint().value())
          .append(")")
          .append(
              switch (item.kind()) {
                case LEAKED ->
                    " was found in public and reported; it has been revoked and no longer works.";
                case REVOKED_BY_ADMIN ->
                    " was revoked by an admin of this server and no longer works.";
                case INACTIVE ->
                    " has been unused since "
                        + UTC.format(token.unusedSince())
                        + "; it will be revoked on "
                        + UTC.format(rules.revokesUnused(token, now).orElseThrow())
                        + " unless it is used.";
                default -> " expires on " + UTC.format(token.expiresAt()) + ".";
              })
          .append('\n');
    }
    body.append("\nRotate or replace tokens in the console: ")
        .append(consoleUrl)
        .append("#/personal-tokens\n")
        .append("Your security log: ")
        .append(consoleUrl)
        .append("#/security-log\n");
    return body.toString();
  }
}
