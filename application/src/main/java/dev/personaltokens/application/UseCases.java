package dev.personaltokens.application;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.ChangePasswordUseCase;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.account.ResetPasswordUseCase;
import dev.personaltokens.application.port.in.audit.ListAuditEventsUseCase;
import dev.personaltokens.application.port.in.audit.ListInstanceAuditEventsUseCase;
import dev.personaltokens.application.port.in.audit.PurgeOldAuditEventsUseCase;
import dev.personaltokens.application.port.in.client.DeleteServiceClientUseCase;
import dev.personaltokens.application.port.in.client.ListServiceClientsUseCase;
import dev.personaltokens.application.port.in.client.RegisterServiceClientUseCase;
import dev.personaltokens.application.port.in.clilogin.ApproveCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.DenyCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.DescribeCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.PollCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.StartCliLoginUseCase;
import dev.personaltokens.application.port.in.notice.SendNoticesUseCase;
import dev.personaltokens.application.port.in.people.AddPersonUseCase;
import dev.personaltokens.application.port.in.people.ChangeRoleUseCase;
import dev.personaltokens.application.port.in.people.DeactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.ListPeopleUseCase;
import dev.personaltokens.application.port.in.people.ReactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.SendPasswordLinkUseCase;
import dev.personaltokens.application.port.in.people.SetPasswordUseCase;
import dev.personaltokens.application.port.in.policy.ChangePolicyUseCase;
import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.in.policy.GetPolicyUseCase;
import dev.personaltokens.application.port.in.provisioning.AuthenticateProvisionerUseCase;
import dev.personaltokens.application.port.in.provisioning.ChangeEmailUseCase;
import dev.personaltokens.application.port.in.provisioning.CreateScimTokenUseCase;
import dev.personaltokens.application.port.in.provisioning.FindPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.GetPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.ListScimTokensUseCase;
import dev.personaltokens.application.port.in.provisioning.ProvisionPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.RevokeScimTokenUseCase;
import dev.personaltokens.application.port.in.session.FinishProviderSignInUseCase;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.session.SignOutUseCase;
import dev.personaltokens.application.port.in.session.StartProviderSignInUseCase;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.FlushTokenUsageUseCase;
import dev.personaltokens.application.port.in.token.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.ListInventoryUseCase;
import dev.personaltokens.application.port.in.token.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.PurgeEndedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.ReportLeakedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.RevokeAllPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.RevokeAnyTokenUseCase;
import dev.personaltokens.application.port.in.token.RevokeLeakedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.RevokeUnusedTokensUseCase;
import dev.personaltokens.application.port.in.token.RotateOwnTokenUseCase;
import dev.personaltokens.application.port.in.token.RotatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.twofactor.ConfirmTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.DisableTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.EnrolTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.GetTwoFactorUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.application.port.in.verification.IntrospectTokenUseCase;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.application.service.account.ChangePasswordService;
import dev.personaltokens.application.service.account.CreateAccountService;
import dev.personaltokens.application.service.account.CreateFirstAccountService;
import dev.personaltokens.application.service.account.GetAccountService;
import dev.personaltokens.application.service.account.ResetPasswordService;
import dev.personaltokens.application.service.audit.ListAuditEventsService;
import dev.personaltokens.application.service.audit.ListInstanceAuditEventsService;
import dev.personaltokens.application.service.audit.PurgeOldAuditEventsService;
import dev.personaltokens.application.service.client.RegisterServiceClientService;
import dev.personaltokens.application.service.client.ServiceClientsService;
import dev.personaltokens.application.service.clilogin.CliLoginApprovalService;
import dev.personaltokens.application.service.clilogin.PollCliLoginService;
import dev.personaltokens.application.service.clilogin.StartCliLoginService;
import dev.personaltokens.application.service.notice.SendNoticesService;
import dev.personaltokens.application.service.people.AddPersonService;
import dev.personaltokens.application.service.people.ChangeRoleService;
import dev.personaltokens.application.service.people.DeactivateAccountService;
import dev.personaltokens.application.service.people.ListPeopleService;
import dev.personaltokens.application.service.people.PasswordLinkMaker;
import dev.personaltokens.application.service.people.ReactivateAccountService;
import dev.personaltokens.application.service.people.SendPasswordLinkService;
import dev.personaltokens.application.service.people.SetPasswordService;
import dev.personaltokens.application.service.policy.ChangePolicyService;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.application.service.policy.GetPolicyService;
import dev.personaltokens.application.service.provisioning.ProvisioningService;
import dev.personaltokens.application.service.provisioning.ScimTokensService;
import dev.personaltokens.application.service.session.FinishProviderSignInService;
import dev.personaltokens.application.service.session.SecondFactorCheck;
import dev.personaltokens.application.service.session.SignInService;
import dev.personaltokens.application.service.session.SignOutService;
import dev.personaltokens.application.service.session.StartProviderSignInService;
import dev.personaltokens.application.service.token.CreatePersonalTokenService;
import dev.personaltokens.application.service.token.FlushTokenUsageService;
import dev.personaltokens.application.service.token.GetPersonalTokenService;
import dev.personaltokens.application.service.token.ListInventoryService;
import dev.personaltokens.application.service.token.ListPersonalTokensService;
import dev.personaltokens.application.service.token.PurgeEndedCredentialsService;
import dev.personaltokens.application.service.token.ReportLeakedCredentialsService;
import dev.personaltokens.application.service.token.RevokeAllPersonalTokensService;
import dev.personaltokens.application.service.token.RevokeAnyTokenService;
import dev.personaltokens.application.service.token.RevokeLeakedCredentialsService;
import dev.personaltokens.application.service.token.RevokePersonalTokenService;
import dev.personaltokens.application.service.token.RevokeUnusedTokensService;
import dev.personaltokens.application.service.token.RotateOwnTokenService;
import dev.personaltokens.application.service.token.RotatePersonalTokenService;
import dev.personaltokens.application.service.twofactor.ConfirmTwoFactorService;
import dev.personaltokens.application.service.twofactor.DisableTwoFactorService;
import dev.personaltokens.application.service.twofactor.EnrolTwoFactorService;
import dev.personaltokens.application.service.twofactor.GetTwoFactorService;
import dev.personaltokens.application.service.verification.AuthenticateService;
import dev.personaltokens.application.service.verification.IntrospectTokenService;
import dev.personaltokens.application.service.verification.VerifyPersonalTokenService;
import dev.personaltokens.domain.policy.InstancePolicy;
import java.util.function.Supplier;

/**
 * Every use case of the application, wired once for every way in: the server's CDI beans, the
 * operator's command line and the in-memory fakes all come through {@link #wire}. A new use case is
 * one more component here and one more line in {@code wire}; its adapters then find it.
 */
public record UseCases(
    CreatePersonalTokenUseCase createPersonalToken,
    ListPersonalTokensUseCase listPersonalTokens,
    GetPersonalTokenUseCase getPersonalToken,
    RevokePersonalTokenUseCase revokePersonalToken,
    AuthenticateUseCase authenticate,
    SignInUseCase signIn,
    SignOutUseCase signOut,
    GetAccountUseCase getAccount,
    CreateAccountUseCase createAccount,
    CreateFirstAccountUseCase createFirstAccount,
    ResetPasswordUseCase resetPassword,
    PurgeEndedCredentialsUseCase purgeEndedCredentials,
    VerifyPersonalTokenUseCase verifyPersonalToken,
    IntrospectTokenUseCase introspectToken,
    RegisterServiceClientUseCase registerServiceClient,
    ListServiceClientsUseCase listServiceClients,
    DeleteServiceClientUseCase deleteServiceClient,
    RotatePersonalTokenUseCase rotatePersonalToken,
    RotateOwnTokenUseCase rotateOwnToken,
    RevokeAllPersonalTokensUseCase revokeAllPersonalTokens,
    ReportLeakedCredentialsUseCase reportLeakedCredentials,
    RevokeLeakedCredentialsUseCase revokeLeakedCredentials,
    ListAuditEventsUseCase listAuditEvents,
    SendNoticesUseCase sendNotices,
    PurgeOldAuditEventsUseCase purgeOldAuditEvents,
    FlushTokenUsageUseCase flushTokenUsage,
    ListPeopleUseCase listPeople,
    AddPersonUseCase addPerson,
    DeactivateAccountUseCase deactivateAccount,
    ReactivateAccountUseCase reactivateAccount,
    ChangeRoleUseCase changeRole,
    SendPasswordLinkUseCase sendPasswordLink,
    SetPasswordUseCase setPassword,
    ListInventoryUseCase listInventory,
    RevokeAnyTokenUseCase revokeAnyToken,
    ListInstanceAuditEventsUseCase listInstanceAuditEvents,
    GetPolicyUseCase getPolicy,
    CurrentPolicyUseCase currentPolicy,
    ChangePolicyUseCase changePolicy,
    ChangePasswordUseCase changePassword,
    EnrolTwoFactorUseCase enrolTwoFactor,
    ConfirmTwoFactorUseCase confirmTwoFactor,
    DisableTwoFactorUseCase disableTwoFactor,
    GetTwoFactorUseCase getTwoFactor,
    RevokeUnusedTokensUseCase revokeUnusedTokens,
    StartProviderSignInUseCase startProviderSignIn,
    FinishProviderSignInUseCase finishProviderSignIn,
    StartCliLoginUseCase startCliLogin,
    DescribeCliLoginUseCase describeCliLogin,
    ApproveCliLoginUseCase approveCliLogin,
    DenyCliLoginUseCase denyCliLogin,
    PollCliLoginUseCase pollCliLogin,
    CreateScimTokenUseCase createScimToken,
    ListScimTokensUseCase listScimTokens,
    RevokeScimTokenUseCase revokeScimToken,
    AuthenticateProvisionerUseCase authenticateProvisioner,
    GetPersonUseCase getPerson,
    FindPersonUseCase findPerson,
    ProvisionPersonUseCase provisionPerson,
    ChangeEmailUseCase changeEmail) {

  /**
   * The services on these ports, each call going through {@code decorator} with the use case's name
   * and its actor. Services that use one another get the undecorated service: one call, one
   * transaction, one audit entry.
   */
  public static UseCases wire(Ports ports, Policies policies, UseCaseDecorator decorator) {
    return wire(ports, policies, decorator, new NodeCache(), new PendingUsage());
  }

  /**
   * The same, with what this node holds in memory: its {@code cache} of verified tokens, accounts
   * and the policy, which the cluster keeps honest (every call goes through its boundary, and every
   * write of those stores tells it what went stale), and the {@code usage} of tokens noted and not
   * yet written.
   */
  public static UseCases wire(
      Ports ports,
      Policies policies,
      UseCaseDecorator decorator,
      NodeCache cache,
      PendingUsage usage) {
    cache.join(ports.cluster());
    var tokens = cache.evicting(ports.personalTokens());
    var accounts = cache.evicting(ports.accounts());
    var twoFactors = cache.evicting(ports.twoFactors());
    var audit = new Audit(ports.auditTrail(), ports.clock(), ports.origins());
    var policyStore = cache.evicting(ports.instancePolicies());
    var currentPolicy =
        new CurrentPolicy(
            policyStore, cache, InstancePolicy.defaults(policies.expiryPolicy().maxLifetime()));
    var list = new ListPersonalTokensService(tokens);
    var get = new GetPersonalTokenService(tokens);
    var revoke = new RevokePersonalTokenService(get, tokens, ports.clock(), audit);
    var authenticate =
        new AuthenticateService(
            tokens,
            ports.sessions(),
            accounts,
            ports.clock(),
            ports.origins(),
            usage,
            cache,
            currentPolicy,
            twoFactors);
    var flushUsage = new FlushTokenUsageService(usage, tokens, ports.clock());
    var each = new Decorated(evicting(cache, ports.cluster(), decorator));
    var create =
        new CreatePersonalTokenService(
            tokens,
            accounts,
            ports.clock(),
            ports.randomness(),
            currentPolicy,
            audit,
            each.inTransaction(CreatePersonalTokenUseCase.Writes.class));
    var secondFactor =
        new SecondFactorCheck(
            twoFactors, ports.oneTimeCodes(), ports.clock(), audit, ports.sharedState());
    var signIn =
        new SignInService(
            accounts,
            ports.sessions(),
            ports.passwordHasher(),
            ports.clock(),
            ports.randomness(),
            policies.sessionLifetime(),
            policies.singleSignOn().passwordSignIn(),
            audit,
            ports.sharedState(),
            each.inTransaction(SignInUseCase.SignInWrites.class),
            secondFactor);
    var startProviderSignIn =
        new StartProviderSignInService(ports.identityProvider(), ports.sharedState());
    var finishProviderSignIn =
        new FinishProviderSignInService(
            ports.identityProvider(),
            ports.accounts(),
            ports.sessions(),
            ports.clock(),
            ports.randomness(),
            ports.sharedState(),
            audit,
            each.inTransaction(FinishProviderSignInUseCase.Writes.class),
            policies.singleSignOn(),
            policies.sessionLifetime());
    var signOut = new SignOutService(ports.sessions(), audit);
    var getAccount = new GetAccountService(accounts, cache, ports.clock());
    var createAccount =
        new CreateAccountService(
            accounts,
            ports.passwordHasher(),
            ports.clock(),
            audit,
            each.inTransaction(CreateAccountUseCase.Writes.class));
    var createFirst =
        new CreateFirstAccountService(
            accounts,
            createAccount,
            ports.passwordHasher(),
            ports.randomness(),
            each.inTransaction(CreateFirstAccountUseCase.Writes.class));
    var resetPassword =
        new ResetPasswordService(
            accounts,
            ports.sessions(),
            ports.passwordHasher(),
            audit,
            each.inTransaction(ResetPasswordUseCase.Writes.class));
    var purge =
        new PurgeEndedCredentialsService(
            tokens,
            ports.sessions(),
            ports.passwordLinks(),
            ports.auditTrail(),
            ports.clock(),
            policies.auditRetention());
    var verify = new VerifyPersonalTokenService(authenticate, accounts, cache, ports.clock());
    var introspect = new IntrospectTokenService(ports.serviceClients(), verify);
    var register =
        new RegisterServiceClientService(ports.serviceClients(), ports.clock(), ports.randomness());
    var serviceClients = new ServiceClientsService(ports.serviceClients());
    var rotate =
        new RotatePersonalTokenService(
            tokens, accounts, ports.clock(), ports.randomness(), currentPolicy, audit);
    var rotateOwn = new RotateOwnTokenService(authenticate, rotate, ports.clock());
    var revokeAll = new RevokeAllPersonalTokensService(tokens, ports.clock(), audit);
    var report =
        new ReportLeakedCredentialsService(ports.clock(), ports.origins(), ports.sharedState());
    var revokeLeaked =
        new RevokeLeakedCredentialsService(
            tokens, ports.sessions(), ports.clock(), audit, ports.notices());
    var sendNotices =
        new SendNoticesService(
            ports.notices(),
            tokens,
            accounts,
            ports.mailer(),
            ports.clock(),
            currentPolicy,
            audit,
            policies.consoleUrl());
    var revokeUnused =
        new RevokeUnusedTokensService(
            tokens, ports.notices(), ports.mailer(), currentPolicy, ports.clock(), audit);
    var purgeAudit =
        new PurgeOldAuditEventsService(
            ports.auditTrail(), ports.clock(), policies.auditRetention());
    var listAudit = new ListAuditEventsService(ports.auditTrail());
    var listPeople = new ListPeopleService(accounts, ports.clock());
    var linkMaker =
        new PasswordLinkMaker(
            ports.passwordLinks(),
            ports.randomness(),
            ports.clock(),
            ports.mailer(),
            policies.consoleUrl());
    var addPerson =
        new AddPersonService(
            accounts,
            linkMaker,
            ports.clock(),
            audit,
            each.inTransaction(AddPersonUseCase.Writes.class));
    var deactivate =
        new DeactivateAccountService(
            accounts, tokens, ports.sessions(), ports.passwordLinks(), ports.clock(), audit);
    var reactivate = new ReactivateAccountService(accounts, audit);
    var changeRole = new ChangeRoleService(accounts, audit);
    var sendLink =
        new SendPasswordLinkService(
            accounts, linkMaker, audit, each.inTransaction(SendPasswordLinkUseCase.Writes.class));
    var inventory = new ListInventoryService(tokens, accounts, ports.clock());
    var revokeAny =
        new RevokeAnyTokenService(tokens, accounts, ports.notices(), ports.clock(), audit);
    var instanceLog = new ListInstanceAuditEventsService(ports.auditTrail(), accounts);
    var getPolicy = new GetPolicyService(accounts, currentPolicy);
    var changePolicy =
        new ChangePolicyService(policyStore, currentPolicy, accounts, ports.clock(), audit);
    var setPassword =
        new SetPasswordService(
            accounts,
            ports.passwordLinks(),
            ports.sessions(),
            ports.passwordHasher(),
            ports.clock(),
            audit,
            each.inTransaction(SetPasswordUseCase.Writes.class));
    var changePassword =
        new ChangePasswordService(
            accounts,
            ports.sessions(),
            signIn,
            audit,
            each.inTransaction(ChangePasswordUseCase.Writes.class));
    var enrolTwoFactor =
        new EnrolTwoFactorService(accounts, twoFactors, ports.randomness(), ports.clock());
    var confirmTwoFactor =
        new ConfirmTwoFactorService(
            twoFactors, secondFactor, ports.randomness(), ports.clock(), audit);
    var disableTwoFactor =
        new DisableTwoFactorService(twoFactors, secondFactor, currentPolicy, audit);
    var getTwoFactor = new GetTwoFactorService(secondFactor, cache, ports.clock());
    var startCliLogin =
        new StartCliLoginService(
            ports.sharedState(),
            ports.clock(),
            ports.randomness(),
            ports.origins(),
            policies.consoleUrl());
    var cliLoginApproval = new CliLoginApprovalService(ports.sharedState(), ports.clock());
    var pollCliLogin = new PollCliLoginService(ports.sharedState(), ports.clock(), create);
    var scimTokens = new ScimTokensService(ports.scimTokens(), ports.clock(), ports.randomness());
    var provisioning = new ProvisioningService(accounts, ports.clock(), audit);

    return new UseCases(
        command ->
            each.call(
                CreatePersonalTokenUseCase.class,
                Actor.of(command.owner()),
                () -> create.create(command)),
        (owner, search, page) ->
            each.call(
                ListPersonalTokensUseCase.class,
                Actor.of(owner),
                () -> list.list(owner, search, page)),
        (owner, id) ->
            each.call(GetPersonalTokenUseCase.class, Actor.of(owner), () -> get.get(owner, id)),
        (owner, id) ->
            each.run(
                RevokePersonalTokenUseCase.class, Actor.of(owner), () -> revoke.revoke(owner, id)),
        secret ->
            each.call(
                AuthenticateUseCase.class,
                Actor.ANONYMOUS,
                () -> authenticate.authenticate(secret)),
        (email, password, code) ->
            each.call(
                SignInUseCase.class, Actor.ANONYMOUS, () -> signIn.signIn(email, password, code)),
        (actor, session) ->
            each.run(SignOutUseCase.class, actor, () -> signOut.signOut(actor, session)),
        id -> each.call(GetAccountUseCase.class, Actor.of(id), () -> getAccount.get(id)),
        (actor, email, password) ->
            each.call(
                CreateAccountUseCase.class,
                actor,
                () -> createAccount.create(actor, email, password)),
        (email, password) ->
            each.call(
                CreateFirstAccountUseCase.class,
                Actor.SERVER,
                () -> createFirst.createIfNoAccount(email, password)),
        (actor, email, password) ->
            each.run(
                ResetPasswordUseCase.class,
                actor,
                () -> resetPassword.resetPassword(actor, email, password)),
        (actor, olderThan) ->
            each.call(
                PurgeEndedCredentialsUseCase.class, actor, () -> purge.purge(actor, olderThan)),
        (secret, method) ->
            each.call(
                VerifyPersonalTokenUseCase.class,
                Actor.ANONYMOUS,
                () -> verify.verify(secret, method)),
        (client, token, clientAddress) ->
            each.call(
                IntrospectTokenUseCase.class,
                Actor.ANONYMOUS,
                () -> introspect.introspect(client, token, clientAddress)),
        (actor, name) ->
            each.call(
                RegisterServiceClientUseCase.class, actor, () -> register.register(actor, name)),
        actor ->
            each.call(ListServiceClientsUseCase.class, actor, () -> serviceClients.list(actor)),
        (actor, id) ->
            each.run(
                DeleteServiceClientUseCase.class, actor, () -> serviceClients.delete(actor, id)),
        (owner, id, expiresAt, allowedIps) ->
            each.call(
                RotatePersonalTokenUseCase.class,
                Actor.of(owner),
                () -> rotate.rotate(owner, id, expiresAt, allowedIps)),
        (secret, expiresAt, allowedIps) ->
            each.call(
                RotateOwnTokenUseCase.class,
                Actor.ANONYMOUS,
                () -> rotateOwn.rotateOwn(secret, expiresAt, allowedIps)),
        (owner, confirmation) ->
            each.call(
                RevokeAllPersonalTokensUseCase.class,
                Actor.of(owner),
                () -> revokeAll.revokeAll(owner, confirmation)),
        credentials ->
            each.call(
                ReportLeakedCredentialsUseCase.class,
                Actor.ANONYMOUS,
                () -> report.receive(credentials)),
        leakReport ->
            each.call(
                RevokeLeakedCredentialsUseCase.class,
                Actor.ANONYMOUS,
                () -> revokeLeaked.revokeLeaked(leakReport)),
        (owner, type, page) ->
            each.call(
                ListAuditEventsUseCase.class,
                Actor.of(owner),
                () -> listAudit.list(owner, type, page)),
        () -> each.call(SendNoticesUseCase.class, Actor.SERVER, sendNotices::sendNext),
        () -> each.call(PurgeOldAuditEventsUseCase.class, Actor.SERVER, purgeAudit::purge),
        () -> each.call(FlushTokenUsageUseCase.class, Actor.SERVER, flushUsage::flush),
        (admin, search, status, page) ->
            each.call(
                ListPeopleUseCase.class, admin, () -> listPeople.list(admin, search, status, page)),
        (admin, email, role) ->
            each.call(AddPersonUseCase.class, admin, () -> addPerson.add(admin, email, role)),
        (admin, account) ->
            each.call(
                DeactivateAccountUseCase.class, admin, () -> deactivate.deactivate(admin, account)),
        (admin, account) ->
            each.call(
                ReactivateAccountUseCase.class, admin, () -> reactivate.reactivate(admin, account)),
        (admin, account, role) ->
            each.call(
                ChangeRoleUseCase.class, admin, () -> changeRole.change(admin, account, role)),
        (admin, account) ->
            each.call(SendPasswordLinkUseCase.class, admin, () -> sendLink.send(admin, account)),
        (secret, password) ->
            each.run(
                SetPasswordUseCase.class, Actor.ANONYMOUS, () -> setPassword.set(secret, password)),
        (admin, query, page) ->
            each.call(ListInventoryUseCase.class, admin, () -> inventory.list(admin, query, page)),
        (admin, token) ->
            each.run(RevokeAnyTokenUseCase.class, admin, () -> revokeAny.revoke(admin, token)),
        (admin, filter, page) ->
            each.call(
                ListInstanceAuditEventsUseCase.class,
                admin,
                () -> instanceLog.list(admin, filter, page)),
        admin -> each.call(GetPolicyUseCase.class, admin, () -> getPolicy.get(admin)),
        () -> each.call(CurrentPolicyUseCase.class, Actor.ANONYMOUS, currentPolicy::current),
        (admin, policy) ->
            each.call(ChangePolicyUseCase.class, admin, () -> changePolicy.change(admin, policy)),
        command ->
            each.run(
                ChangePasswordUseCase.class,
                Actor.of(command.account()),
                () -> changePassword.change(command)),
        owner ->
            each.call(
                EnrolTwoFactorUseCase.class, Actor.of(owner), () -> enrolTwoFactor.enrol(owner)),
        (owner, code) ->
            each.call(
                ConfirmTwoFactorUseCase.class,
                Actor.of(owner),
                () -> confirmTwoFactor.confirm(owner, code)),
        (owner, code) ->
            each.run(
                DisableTwoFactorUseCase.class,
                Actor.of(owner),
                () -> disableTwoFactor.disable(owner, code)),
        owner ->
            each.call(
                GetTwoFactorUseCase.class, Actor.of(owner), () -> getTwoFactor.isEnabled(owner)),
        () -> each.call(RevokeUnusedTokensUseCase.class, Actor.SERVER, revokeUnused::revokeNext),
        () ->
            each.call(
                StartProviderSignInUseCase.class, Actor.ANONYMOUS, startProviderSignIn::start),
        callback ->
            each.call(
                FinishProviderSignInUseCase.class,
                Actor.ANONYMOUS,
                () -> finishProviderSignIn.finish(callback)),
        machine ->
            each.call(
                StartCliLoginUseCase.class, Actor.ANONYMOUS, () -> startCliLogin.start(machine)),
        (account, code) ->
            each.call(
                DescribeCliLoginUseCase.class,
                Actor.of(account),
                () -> cliLoginApproval.describe(account, code)),
        (account, code) ->
            each.run(
                ApproveCliLoginUseCase.class,
                Actor.of(account),
                () -> cliLoginApproval.approve(account, code)),
        (account, code) ->
            each.run(
                DenyCliLoginUseCase.class,
                Actor.of(account),
                () -> cliLoginApproval.deny(account, code)),
        handle ->
            each.call(PollCliLoginUseCase.class, Actor.ANONYMOUS, () -> pollCliLogin.poll(handle)),
        (actor, name) ->
            each.call(CreateScimTokenUseCase.class, actor, () -> scimTokens.create(actor, name)),
        actor -> each.call(ListScimTokensUseCase.class, actor, () -> scimTokens.list(actor)),
        (actor, id) ->
            each.run(RevokeScimTokenUseCase.class, actor, () -> scimTokens.revoke(actor, id)),
        secret ->
            each.call(
                AuthenticateProvisionerUseCase.class,
                Actor.ANONYMOUS,
                () -> scimTokens.authenticate(secret)),
        (admin, account) ->
            each.call(GetPersonUseCase.class, admin, () -> provisioning.get(admin, account)),
        (admin, email) ->
            each.call(FindPersonUseCase.class, admin, () -> provisioning.find(admin, email)),
        (admin, email) ->
            each.call(
                ProvisionPersonUseCase.class, admin, () -> provisioning.provision(admin, email)),
        (admin, account, email) ->
            each.call(
                ChangeEmailUseCase.class, admin, () -> provisioning.change(admin, account, email)));
  }

  /**
   * The node cache's boundary around {@code inner} (the transaction): every call begins and ends
   * there, so that what a call made stale is evicted on every node before it returns.
   */
  private static UseCaseDecorator evicting(
      NodeCache cache, Cluster cluster, UseCaseDecorator inner) {
    return new UseCaseDecorator() {
      @Override
      public <T> T around(UseCaseCall call, Supplier<T> work) {
        NodeCache.Call started = cache.begin();
        try {
          return inner.around(call, work);
        } finally {
          cache.end(started, cluster);
        }
      }
    };
  }

  /** The decorator, applied to calls with and without a result. */
  private record Decorated(UseCaseDecorator decorator) {

    <T> T call(Class<?> useCase, Actor actor, Supplier<T> work) {
      return decorator.around(new UseCaseCall(useCase, actor), work);
    }

    /** Steps of an {@code OwnTransactions} use case, each a call of {@code step} of its own. */
    InTransaction inTransaction(Class<?> step) {
      return new InTransaction() {
        @Override
        public <T> T run(Supplier<T> work) {
          return call(step, Actor.ANONYMOUS, work);
        }
      };
    }

    void run(Class<?> useCase, Actor actor, Runnable work) {
      decorator.around(
          new UseCaseCall(useCase, actor),
          () -> {
            work.run();
            return null;
          });
    }
  }
}
