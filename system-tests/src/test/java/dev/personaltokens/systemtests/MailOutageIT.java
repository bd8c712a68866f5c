package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The tests' mail server down while the server's notices run. It stops the one mail server every
 * class on the shared server sends to, so it runs while none of them does ({@link
 * TestMailServer#MAIL}, taken for writing).
 */
@SharedServer.On
@ResourceLock(value = TestMailServer.MAIL, mode = ResourceAccessMode.READ_WRITE)
class MailOutageIT extends ApiSupport {

  @Test
  void aMailServerThatIsDownDelaysNoticesAndBreaksNothingElse() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    TestMailServer.stop();
    try {
      Answer created = api.postJson(TOKENS, mine, tokenJson("noticed later"));
      awaitNoticeRuns(2); // runs of the notices that find no mail server

      assertThat(created.status()).isEqualTo(201);
      assertThat(api.get(TOKENS, mine).status()).isEqualTo(200);
      assertThat(api.get("api/audit_events?type=token.expiry_notice", mine).json().getInt("count"))
          .isZero();
    } finally {
      TestMailServer.running();
    }
    assertThat(TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(15)))
        .hasSize(1);
  }
}
