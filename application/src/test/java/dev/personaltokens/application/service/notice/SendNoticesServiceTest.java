package dev.personaltokens.application.service.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.RecordingMailer.Mail;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendNoticesServiceTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private final Account alice = app.account("alice@example.com", "correct horse battery");
  private final Account bob = app.account("bob@example.com", "correct horse battery");

  @Test
  void oneMailPerAccountListsEveryTokenThatExpiresWithinAWeekOnce() {
    CreatedPersonalToken ci = app.token(alice.id(), "ci", Duration.ofDays(6));
    CreatedPersonalToken deploy = app.token(alice.id(), "deploy", Duration.ofDays(5));
    app.token(alice.id(), "later", Duration.ofDays(30));
    app.token(bob.id(), "bob's", Duration.ofDays(3));

    int mails = runAll();
    int again = runAll();

    assertThat(mails).isEqualTo(2);
    assertThat(again).isZero();
    Mail toAlice = mailTo("alice@example.com");
    assertThat(toAlice.subject()).isEqualTo("Personal Tokens: 2 of your tokens expire soon");
    assertThat(toAlice.body())
        .contains("\"ci\" (" + ci.token().hint().value() + ") expires on ")
        .contains("\"deploy\" (" + deploy.token().hint().value() + ")")
        .contains("UTC")
        .contains("http://localhost:8080/#/personal-tokens")
        .doesNotContain("later")
        .doesNotContain(ci.secret().reveal())
        .doesNotContain(deploy.secret().reveal());
    assertThat(events(alice))
        .extracting(AuditEvent::type)
        .containsOnly(AuditEventType.TOKEN_EXPIRY_NOTICE)
        .hasSize(2);
  }

  @Test
  void theDayBeforeComesAsASecondNotice() {
    app.token(alice.id(), "ci", Duration.ofDays(6));
    runAll();

    app.clock().advance(Duration.ofDays(5).plusHours(1));
    int dayBefore = runAll();
    app.clock().advance(Duration.ofHours(12));

    assertThat(dayBefore).isEqualTo(1);
    assertThat(runAll()).isZero();
    assertThat(app.mailer().sent()).hasSize(2);
    assertThat(app.mailer().sent().get(1).subject())
        .isEqualTo("Personal Tokens: your token \"ci\" expires soon");
  }

  @Test
  void aServerThatIsDownDelaysTheNoticeToTheNextRun() {
    app.token(alice.id(), "ci", Duration.ofDays(6));
    app.mailer().setDown(true);

    assertThatThrownBy(() -> app.useCases().sendNotices().sendNext())
        .isInstanceOf(Mailer.MailFailure.class);

    assertThat(events(alice)).isEmpty();
    app.mailer().setDown(false);
    assertThat(runAll()).isEqualTo(1);
  }

  @Test
  void withMailOffNothingIsClaimed() {
    app.token(alice.id(), "ci", Duration.ofDays(6));
    app.mailer().setEnabled(false);

    assertThat(runAll()).isZero();

    app.mailer().setEnabled(true);
    assertThat(runAll()).isEqualTo(1);
  }

  @Test
  void revokedAndExpiredTokensGetNoExpiryNotice() {
    CreatedPersonalToken revoked = app.token(alice.id(), "revoked", Duration.ofDays(6));
    app.revokeToken().revoke(alice.id(), revoked.token().id());
    app.token(alice.id(), "expired", Duration.ofHours(1));
    app.clock().advance(Duration.ofHours(2));

    assertThat(runAll()).isZero();
  }

  @Test
  void aLeakedTokensOwnerHearsAtOnce() {
    CreatedPersonalToken leaked = app.token(alice.id(), "leaked", Duration.ofDays(90));
    app.useCases()
        .revokeLeakedCredentials()
        .revokeLeaked(
            app.useCases().reportLeakedCredentials().receive(List.of(leaked.secret().reveal())));

    assertThat(runAll()).isEqualTo(1);

    Mail mail = mailTo("alice@example.com");
    assertThat(mail.subject()).contains("reported as leaked and revoked");
    assertThat(mail.body())
        .contains("\"leaked\" (" + leaked.token().hint().value() + ") was found in public")
        .doesNotContain(leaked.secret().reveal());
    assertThat(runAll()).isZero();
  }

  private int runAll() {
    int mails = 0;
    while (app.useCases().sendNotices().sendNext()) {
      mails++;
    }
    return mails;
  }

  private Mail mailTo(String email) {
    return app.mailer().sent().stream()
        .filter(mail -> mail.to().value().equals(email))
        .findFirst()
        .orElseThrow();
  }

  private List<AuditEvent> events(Account account) {
    return app.useCases()
        .listAuditEvents()
        .list(
            account.id(), Optional.of(AuditEventType.TOKEN_EXPIRY_NOTICE), new PageRequest(1, 100))
        .items();
  }
}
