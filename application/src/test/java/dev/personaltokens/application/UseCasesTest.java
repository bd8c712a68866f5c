package dev.personaltokens.application;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.audit.ListAuditEventsUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.LeakReport;
import dev.personaltokens.application.port.in.token.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assembly: every use case goes through the decorator once, named, with its actor. */
class UseCasesTest {

  private final InMemoryApplication app = new InMemoryApplication();

  /**
   * How a use case runs is said once, on its interface - never by the assembly, where a copied line
   * could silently drop a transaction: each says exactly one of the three.
   */
  @Test
  void everyUseCaseDeclaresHowItRunsOnItsInterface() {
    List<Class<?>> useCases =
        new java.util.ArrayList<>(
            java.util.Arrays.stream(UseCases.class.getRecordComponents())
                .<Class<?>>map(java.lang.reflect.RecordComponent::getType)
                .toList());
    // and the steps of those that run in transactions of their own, nested in their interfaces
    useCases.addAll(
        useCases.stream()
            .flatMap(useCase -> java.util.Arrays.stream(useCase.getDeclaredClasses()))
            .filter(Class::isInterface)
            .toList());

    assertThat(useCases).hasSizeGreaterThan(20);
    for (Class<?> useCase : useCases) {
      long declared =
          java.util.stream.Stream.of(InOneTransaction.class, ReadsOnly.class, OwnTransactions.class)
              .filter(useCase::isAnnotationPresent)
              .count();
      assertThat(declared).as(useCase.getSimpleName()).isEqualTo(1);
    }
  }

  /** What each call is decorated as is the interface that was called, whatever its wiring. */
  @Test
  void everyCallIsDecoratedAsTheUseCaseThatWasCalled() {
    AccountId alice = app.account("alice@example.com", "correct horse battery").id();
    UseCases useCases = app.useCases();
    int before = app.calls().size();

    useCases.listPersonalTokens().list(alice, null, new PageRequest(1, 10));
    useCases.getAccount().get(alice);
    useCases.listAuditEvents().list(alice, Optional.empty(), new PageRequest(1, 10));

    assertThat(app.calls().subList(before, app.calls().size()))
        .extracting(UseCaseCall::useCase)
        .containsExactly(
            ListPersonalTokensUseCase.class, GetAccountUseCase.class, ListAuditEventsUseCase.class);
  }

  @Test
  void decoratorsChainOutermostFirst() {
    List<String> seen = new java.util.ArrayList<>();
    UseCaseDecorator outer = recording("outer", seen);
    UseCaseDecorator inner = recording("inner", seen);

    String result =
        outer
            .then(inner)
            .around(
                new UseCaseCall(GetAccountUseCase.class, Actor.SERVER),
                () -> {
                  seen.add("work");
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    assertThat(seen).containsExactly("outer in", "inner in", "work", "inner out", "outer out");
  }

  private static UseCaseDecorator recording(String name, List<String> seen) {
    return new UseCaseDecorator() {
      @Override
      public <T> T around(UseCaseCall call, java.util.function.Supplier<T> work) {
        seen.add(name + " in");
        try {
          return work.get();
        } finally {
          seen.add(name + " out");
        }
      }
    };
  }

  @Test
  void everyUseCaseCallIsDecoratedOnceWithItsNameAndActor() {
    AccountId alice = app.account("alice@example.com", "correct horse battery").id();
    CreatedPersonalToken token = app.token(alice, "deploy");
    app.listTokens().list(alice, null, new PageRequest(1, PageRequest.DEFAULT_SIZE));
    app.getToken().get(alice, token.token().id());
    app.authenticate().authenticate(token.secret().reveal());
    IssuedSession session =
        app.signIn()
            .signIn(new Email("alice@example.com"), Password.presented("correct horse battery"));
    app.signOut().signOut(Actor.of(alice), session.secret());
    app.getAccount().get(alice);
    app.resetPassword()
        .resetPassword(
            OPERATOR, new Email("alice@example.com"), Password.newPassword("another one!"));
    app.revokeToken().revoke(alice, token.token().id());
    app.purgeEndedCredentials().purge(OPERATOR, Duration.ofDays(30));
    app.createFirstAccount().createIfNoAccount(new Email("admin@example.com"), Optional.empty());

    assertThat(app.calls())
        .extracting(UseCaseCall::name, UseCaseCall::actor)
        .containsExactly(
            tuple("CreateAccount", OPERATOR),
            // Its write, in a transaction of its own once the password hash is done; so too the
            // reset's and the first start's below.
            tuple("Writes", Actor.ANONYMOUS),
            tuple("CreatePersonalToken", Actor.of(alice)),
            // Its write, once the token's id and secret are drawn.
            tuple("Writes", Actor.ANONYMOUS),
            tuple("ListPersonalTokens", Actor.of(alice)),
            tuple("GetPersonalToken", Actor.of(alice)),
            tuple("Authenticate", Actor.ANONYMOUS),
            tuple("SignIn", Actor.ANONYMOUS),
            // Its writes, in a transaction of their own once the password hash is done.
            tuple("SignInWrites", Actor.ANONYMOUS),
            tuple("SignOut", Actor.of(alice)),
            tuple("GetAccount", Actor.of(alice)),
            tuple("ResetPassword", OPERATOR),
            tuple("Writes", Actor.ANONYMOUS),
            tuple("RevokePersonalToken", Actor.of(alice)),
            tuple("PurgeEndedCredentials", OPERATOR),
            tuple("CreateFirstAccount", Actor.SERVER),
            tuple("Writes", Actor.ANONYMOUS));
  }

  @Test
  void theLifecycleUseCasesAreDecoratedToo() {
    AccountId alice = app.account("alice@example.com", "correct horse battery").id();
    CreatedPersonalToken token = app.token(alice, "deploy");
    UseCases useCases = app.useCases();

    CreatedPersonalToken successor =
        useCases
            .rotatePersonalToken()
            .rotate(alice, token.token().id(), Optional.empty(), Optional.empty())
            .successor();
    useCases
        .rotateOwnToken()
        .rotateOwn(successor.secret().reveal(), Optional.empty(), Optional.empty());
    useCases.revokeAllPersonalTokens().revokeAll(alice, "delete");
    LeakReport report =
        useCases.reportLeakedCredentials().receive(List.of(token.secret().reveal()));
    useCases.revokeLeakedCredentials().revokeLeaked(report);

    assertThat(app.calls())
        .extracting(UseCaseCall::name, UseCaseCall::actor)
        .endsWith(
            tuple("RotatePersonalToken", Actor.of(alice)),
            tuple("RotateOwnToken", Actor.ANONYMOUS),
            tuple("RevokeAllPersonalTokens", Actor.of(alice)),
            tuple("ReportLeakedCredentials", Actor.ANONYMOUS),
            tuple("RevokeLeakedCredentials", Actor.ANONYMOUS));
  }

  @Test
  void aFailingUseCaseFailsThroughTheDecoratorUnchanged() {
    AccountId alice = app.account("alice@example.com", "correct horse battery").id();
    CreatedPersonalToken token = app.token(alice, "deploy");
    app.revokeToken().revoke(alice, token.token().id());

    assertThatThrownBy(() -> app.revokeToken().revoke(alice, token.token().id()))
        .isInstanceOf(PersonalTokenNotFoundException.class);
    assertThat(app.calls()).last().extracting(UseCaseCall::name).isEqualTo("RevokePersonalToken");
  }
}
