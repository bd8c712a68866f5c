package dev.personaltokens.application.node;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.Ports;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.fakes.TestPolicy;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.ChangePasswordCommand;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.Eviction;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one store (the fakes), each with its cache, joined by a cluster that delivers
 * evictions at once - or, where said, loses contact. What is proved here on the fakes is proved
 * again with two Payara nodes and HAProxy by {@code ClusterIT}.
 */
class NodeCacheTest {

  private final InMemoryApplication app = new InMemoryApplication();
  private static final String PASSWORD = "correct horse battery";
  private static final List<String> GET = List.of("GET");

  private final AccountId alice = app.account("alice@example.com", PASSWORD).id();
  private final AccountId bob = app.account("bob@example.com", PASSWORD).id();
  private final TwoNodes cluster = new TwoNodes();
  private final NodeCache cacheA = new NodeCache();
  private final NodeCache cacheB = new NodeCache();
  private final CountingTokens storeReads = new CountingTokens();
  private final CountingAccounts accountReads = new CountingAccounts();
  private final AtomicInteger twoFactorReads = new AtomicInteger();
  private final UseCases nodeA = node(cluster.a, cacheA);
  private final UseCases nodeB = node(cluster.b, cacheB);

  @Test
  void aCachedTokenNeedsNoReadOfTheStore() {
    CreatedPersonalToken token = app.token(alice, "deploy");

    for (int i = 0; i < 5; i++) {
      assertThat(nodeB.authenticate().authenticate(token.secret().reveal()).account())
          .isEqualTo(alice);
    }

    assertThat(storeReads.byDigest.get()).isEqualTo(1);
    assertThat(cacheB.hits()).isEqualTo(4);
    assertThat(cacheB.misses()).isEqualTo(1);
  }

  @Test
  void everyWayATokenStopsBeingGoodFailsTheNextRequestOnTheOtherNode() {
    CreatedPersonalToken deleted = cachedOnB(app.token(alice, "deleted"));
    nodeA.revokePersonalToken().revoke(alice, deleted.token().id());
    assertRefusedOnB(deleted, "auth.token.revoked");

    CreatedPersonalToken rotated = cachedOnB(app.token(alice, "rotated"));
    Rotation rotation =
        nodeA
            .rotatePersonalToken()
            .rotate(alice, rotated.token().id(), Optional.empty(), Optional.empty());
    assertRefusedOnB(rotated, "auth.token.rotated");
    CreatedPersonalToken successor = cachedOnB(rotation.successor());
    nodeA
        .rotatePersonalToken()
        .rotate(alice, rotated.token().id(), Optional.empty(), Optional.empty()); // reuse
    assertRefusedOnB(successor, "auth.token.revoked");

    CreatedPersonalToken leaked = cachedOnB(app.token(alice, "leaked"));
    nodeA
        .revokeLeakedCredentials()
        .revokeLeaked(nodeA.reportLeakedCredentials().receive(List.of(leaked.secret().reveal())));
    assertRefusedOnB(leaked, "auth.token.revoked");

    CreatedPersonalToken one = cachedOnB(app.token(alice, "one"));
    CreatedPersonalToken bobs = cachedOnB(app.token(bob, "bob's"));
    nodeA.revokeAllPersonalTokens().revokeAll(alice, "delete");
    assertRefusedOnB(one, "auth.token.revoked");
    assertThat(nodeB.authenticate().authenticate(bobs.secret().reveal()).account()).isEqualTo(bob);
  }

  @Test
  void aPolicyChangedOnOneNodeBindsTheOtherNodesCachedTokensAtOnce() {
    AccountId admin = app.accounts().findByEmail(new Email("alice@example.com")).orElseThrow().id();
    CreatedPersonalToken year = cachedOnB(app.token(bob, "a year", Duration.ofDays(300)));
    nodeB.currentPolicy().current(); // held in B's memory from now on

    nodeA.changePolicy().change(Actor.of(admin), InstancePolicy.defaults(Duration.ofDays(30)));

    assertThat(cluster.sentByA).containsExactly(Set.of(Eviction.POLICY));
    assertRefusedOnB(year, "auth.token.policy");
    nodeA.changePolicy().change(Actor.of(admin), InstancePolicy.defaults(Duration.ofDays(366)));
    assertThat(nodeB.authenticate().authenticate(year.secret().reveal()).account()).isEqualTo(bob);
  }

  @Test
  void aTokenRevokedForDisuseOnOneNodeFailsTheNextRequestOnTheOtherNode() {
    app.mailer().setEnabled(false); // no notice to wait for
    nodeA
        .changePolicy()
        .change(Actor.of(alice), TestPolicy.defaults().inactivityLimitDays(30).build());
    CreatedPersonalToken idle = app.token(bob, "idle", Duration.ofDays(300));
    app.clock().advance(Duration.ofDays(30));
    // Cached on B by a use that B has not written yet (it writes its uses every second).
    cachedOnB(idle);

    assertThat(nodeA.revokeUnusedTokens().revokeNext()).isEqualTo(1);

    assertThat(cluster.sentByA).last().isEqualTo(Set.of(Eviction.token(idle.token().id())));
    assertRefusedOnB(idle, "auth.token.revoked");
  }

  @Test
  void whoAmIAndASessionsFirstStepNeedNoReadOfTheStoreOnceHeld() {
    String session = signIn(nodeB, "bob@example.com", PASSWORD);
    accountReads.byId.set(0);
    twoFactorReads.set(0); // a sign-in reads what it checks, as it is now

    for (int i = 0; i < 5; i++) {
      nodeB.authenticate().authenticate(session);
      nodeB.getAccount().get(bob);
      nodeB.getTwoFactor().isEnabled(bob);
      nodeB.verifyPersonalToken().verify(cachedOnB(app.token(bob, "t" + i)).secret().reveal(), GET);
    }

    assertThat(accountReads.byId.get()).isEqualTo(1);
    assertThat(twoFactorReads.get()).isEqualTo(1);
  }

  /** Role, status, password, a forced change, two-factor on and off: each evicted everywhere. */
  @Test
  void everyChangeOfAnAccountIsSeenAtOnceOnTheOtherNode() {
    String session = signIn(nodeB, "bob@example.com", PASSWORD);
    assertThat(nodeB.getAccount().get(bob).role()).isEqualTo(Role.MEMBER);

    nodeA.changeRole().change(Actor.of(alice), bob, Role.ADMIN);
    assertThat(nodeB.getAccount().get(bob).role()).isEqualTo(Role.ADMIN);
    assertThat(cluster.sentByA).last().isEqualTo(Set.of(Eviction.account(bob)));

    TotpSecret secret = nodeA.enrolTwoFactor().enrol(bob).secret();
    assertThat(nodeB.getTwoFactor().isEnabled(bob)).as("pending is not on").isFalse();
    nodeA.confirmTwoFactor().confirm(bob, codeNow(secret));
    assertThat(nodeB.getTwoFactor().isEnabled(bob)).isTrue();
    app.clock().advance(TimeStep.LENGTH);
    nodeA.disableTwoFactor().disable(bob, codeNow(secret));
    assertThat(nodeB.getTwoFactor().isEnabled(bob)).isFalse();

    nodeA
        .changePassword()
        .change(
            new ChangePasswordCommand(
                bob,
                TokenSecret.parse(session),
                Password.presented(PASSWORD),
                Password.ownChoice("another horse, another battery")));
    assertThat(nodeB.getAccount().get(bob).passwordHash())
        .isEqualTo(app.accounts().findById(bob).orElseThrow().passwordHash());
    nodeA
        .resetPassword()
        .resetPassword(
            InMemoryApplication.OPERATOR,
            new Email("bob@example.com"),
            Password.newPassword("the operator's choice"));
    assertThat(nodeB.getAccount().get(bob).passwordChangeRequired()).isTrue();

    nodeA.deactivateAccount().deactivate(Actor.of(alice), bob);
    assertThat(nodeB.getAccount().get(bob).isActive()).isFalse();
  }

  /**
   * The operator's password reset writes from outside the cluster, where no eviction comes from; it
   * ends every session, so a session newer than what a node holds reads the account again.
   */
  @Test
  void aSessionNewerThanTheAccountANodeHoldsReadsItAgain() {
    signIn(nodeB, "bob@example.com", PASSWORD);
    assertThat(nodeB.getAccount().get(bob).passwordChangeRequired()).isFalse();
    UseCases operator = node(Cluster.ALONE, new NodeCache());

    operator
        .resetPassword()
        .resetPassword(
            InMemoryApplication.OPERATOR,
            new Email("bob@example.com"),
            Password.newPassword("the operator's choice"));
    app.clock().advance(Duration.ofMillis(1));
    String session = signIn(nodeB, "bob@example.com", "the operator's choice");

    assertThat(nodeB.authenticate().authenticate(session).firstStep())
        .isEqualTo(FirstStep.CHANGE_PASSWORD);
    assertThat(nodeB.getAccount().get(bob).passwordChangeRequired()).isTrue();
  }

  @Test
  void expiryNeedsNoEvent() {
    CreatedPersonalToken token = cachedOnB(app.token(alice, "short", Duration.ofDays(1)));

    app.clock().advance(Duration.ofDays(1).plusSeconds(1));

    assertRefusedOnB(token, "auth.token.expired");
  }

  @Test
  void theRevokingCallReturnsOnlyAfterTheOtherNodesEvicted() {
    CreatedPersonalToken token = cachedOnB(app.token(alice, "deploy"));

    nodeA.revokePersonalToken().revoke(alice, token.token().id());

    assertThat(cluster.sentByA).containsExactly(Set.of(Eviction.token(token.token().id())));
    assertThat(cacheB.size()).isZero();
  }

  @Test
  void callsThatChangeNoTokenSendNothing() {
    CreatedPersonalToken token = app.token(alice, "deploy");
    nodeA.authenticate().authenticate(token.secret().reveal());
    nodeA.listPersonalTokens().list(alice, "", new PageRequest(1, 10));

    assertThat(cluster.sentByA).isEmpty();
  }

  @Test
  void aReadThatBeganBeforeAnEvictionDoesNotFillTheCache() {
    CreatedPersonalToken token = app.token(alice, "deploy");
    // The other node revokes while this node's read is under way: its row is already old.
    storeReads.duringNextRead =
        () -> {
          app.tokens().revoke(token.token().id(), app.clock().now(), Revocation.REVOKED);
          cacheB.evict(Set.of(Eviction.token(token.token().id())));
        };
    nodeB.authenticate().authenticate(token.secret().reveal()); // got the row before the revoke

    assertRefusedOnB(token, "auth.token.revoked");
    assertThat(storeReads.byDigest.get()).isEqualTo(2);
  }

  /**
   * A node paused past its lease can't have been told anything: the revoking node stopped waiting
   * for it when its lease ran out. Its first request after it resumes finds the lease gone and
   * empties the cache before answering.
   */
  @Test
  void aNodeWhoseLeaseRanOutEmptiesItsCacheBeforeServingAgain() {
    CreatedPersonalToken token = cachedOnB(app.token(alice, "deploy"));
    cluster.b.leased = false;
    // Revoked while node B was paused: its eviction never reached it.
    app.tokens().revoke(token.token().id(), app.clock().now(), Revocation.REVOKED);

    assertRefusedOnB(token, "auth.token.revoked");
    assertThat(cacheB.size()).isZero();
    assertThat(cacheB.trusted()).isFalse();

    cluster.b.leased = true;
    cacheB.trust(true);
    CreatedPersonalToken later = cachedOnB(app.token(alice, "later"));
    assertThat(cacheB.size()).isEqualTo(1);
    assertThat(nodeB.authenticate().authenticate(later.secret().reveal()).account())
        .isEqualTo(alice);
  }

  @Test
  void aNodeThatLostContactNeitherAnswersFromNorFillsItsCacheUntilItIsBack() {
    CreatedPersonalToken token = cachedOnB(app.token(alice, "deploy"));

    cacheB.trust(false);
    nodeB.authenticate().authenticate(token.secret().reveal());
    nodeB.authenticate().authenticate(token.secret().reveal());
    assertThat(cacheB.size()).isZero();
    assertThat(storeReads.byDigest.get()).isEqualTo(3);

    cacheB.trust(true);
    nodeB.authenticate().authenticate(token.secret().reveal());
    nodeB.authenticate().authenticate(token.secret().reveal());
    assertThat(storeReads.byDigest.get()).isEqualTo(4);
  }

  @Test
  void anEntryIsReadAgainOnceItIsOlderThanTheLimit() {
    CreatedPersonalToken token = cachedOnB(app.token(alice, "deploy"));

    app.clock().advance(NodeCache.MAX_AGE);
    nodeB.authenticate().authenticate(token.secret().reveal());

    assertThat(storeReads.byDigest.get()).isEqualTo(2);
  }

  @Test
  void pastItsBoundTheCacheDropsTheOldestItHolds() {
    NodeCache small = new NodeCache(2);
    UseCases node = node(Cluster.ALONE, small);
    List<CreatedPersonalToken> tokens = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tokens.add(app.token(alice, "t" + i));
      node.authenticate().authenticate(tokens.get(i).secret().reveal());
    }

    assertThat(small.size()).isEqualTo(2);
    long hits = small.hits();
    node.authenticate().authenticate(tokens.get(2).secret().reveal());
    node.authenticate().authenticate(tokens.get(1).secret().reveal());
    assertThat(small.hits()).isEqualTo(hits + 2);
    node.authenticate().authenticate(tokens.get(0).secret().reveal());
    assertThat(small.hits()).as("the oldest was dropped").isEqualTo(hits + 2);
  }

  @Test
  void aTokenWriteOutsideAUseCaseCallIsABug() {
    PersonalTokens evicting = cacheA.evicting(app.tokens());
    TokenId id = app.token(alice, "deploy").token().id();

    assertThatThrownBy(() -> evicting.revoke(id, app.clock().now(), Revocation.REVOKED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void evictionsTravelAsText() {
    TokenId id = TokenId.random();
    for (Eviction eviction :
        List.of(
            Eviction.token(id),
            Eviction.family(id),
            Eviction.owner(alice),
            Eviction.account(alice),
            Eviction.POLICY,
            Eviction.ALL)) {
      assertThat(Eviction.parse(eviction.toString())).isEqualTo(eviction);
    }
  }

  private CreatedPersonalToken cachedOnB(CreatedPersonalToken token) {
    nodeB.authenticate().authenticate(token.secret().reveal());
    nodeB.authenticate().authenticate(token.secret().reveal());
    assertThat(cacheB.size()).isPositive();
    return token;
  }

  private void assertRefusedOnB(CreatedPersonalToken token, String code) {
    assertFails(
        () -> nodeB.authenticate().authenticate(token.secret().reveal()),
        AuthenticationException.class,
        code);
  }

  private String signIn(UseCases node, String email, String password) {
    return node.signIn()
        .signIn(new Email(email), Password.presented(password), SecondFactor.NONE)
        .secret()
        .reveal();
  }

  private SecondFactor codeNow(TotpSecret secret) {
    return SecondFactor.presented(app.oneTimeCodes().at(secret, TimeStep.at(app.clock().now())));
  }

  private UseCases node(Cluster cluster, NodeCache cache) {
    return UseCases.wire(
        new Ports(
            accountReads.store(),
            app.passwordLinks(),
            storeReads.store(),
            app.sessions(),
            app.serviceClients(),
            app.scimTokens(),
            app.instancePolicies(),
            app.clock(),
            app.randomness(),
            app.hasher(),
            app.auditTrail(),
            app.origins(),
            app.notices(),
            app.mailer(),
            cluster,
            new LocalSharedState(app.clock()),
            countingTwoFactorReads(),
            app.oneTimeCodes(),
            IdentityProvider.NONE),
        Policies.DEFAULT,
        UseCaseDecorator.NONE,
        cache,
        new PendingUsage());
  }

  /** The shared accounts, counting reads by id. */
  private final class CountingAccounts {

    final AtomicInteger byId = new AtomicInteger();

    Accounts store() {
      return (Accounts)
          Proxy.newProxyInstance(
              Accounts.class.getClassLoader(),
              new Class<?>[] {Accounts.class},
              (proxy, method, args) -> {
                if (method.getName().equals("findById")) {
                  byId.incrementAndGet();
                }
                return method.invoke(app.accounts(), args);
              });
    }
  }

  /** The shared two-factor store, counting reads into {@link #twoFactorReads}. */
  private TwoFactors countingTwoFactorReads() {
    return (TwoFactors)
        Proxy.newProxyInstance(
            TwoFactors.class.getClassLoader(),
            new Class<?>[] {TwoFactors.class},
            (proxy, method, args) -> {
              if (method.getName().equals("find")) {
                twoFactorReads.incrementAndGet();
              }
              return method.invoke(app.twoFactors(), args);
            });
  }

  /** The shared store, counting reads by digest; can act in the middle of one. */
  private final class CountingTokens {

    final AtomicInteger byDigest = new AtomicInteger();
    Runnable duringNextRead;

    PersonalTokens store() {
      return (PersonalTokens)
          Proxy.newProxyInstance(
              PersonalTokens.class.getClassLoader(),
              new Class<?>[] {PersonalTokens.class},
              (proxy, method, args) -> {
                Object result = method.invoke(app.tokens(), args);
                if (method.getName().equals("findByDigest")) {
                  byDigest.incrementAndGet();
                  Runnable action = duringNextRead;
                  duringNextRead = null;
                  if (action != null) {
                    action.run();
                  }
                }
                return result;
              });
    }
  }

  /** Delivers each node's evictions to the other at once, and records them. */
  private final class TwoNodes {

    final List<Set<Eviction>> sentByA = new ArrayList<>();
    final Endpoint a = new Endpoint(true);
    final Endpoint b = new Endpoint(false);

    final class Endpoint implements Cluster {
      private final boolean isA;
      private Node node;
      volatile boolean leased = true;

      Endpoint(boolean isA) {
        this.isA = isA;
      }

      @Override
      public void join(Node joining) {
        this.node = joining;
        joining.trust(true);
      }

      @Override
      public void evictElsewhere(Set<Eviction> evictions) {
        if (isA) {
          sentByA.add(Set.copyOf(evictions));
        }
        (isA ? b : a).node.evict(evictions);
      }

      @Override
      public boolean leaseHeld() {
        return leased;
      }

      @Override
      public int members() {
        return 2;
      }
    }
  }
}
