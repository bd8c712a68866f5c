package dev.personaltokens.server;

import dev.personaltokens.application.UseCases;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Each use case as a bean of its own, from the one assembly ({@link UseCases}, produced by {@link
 * UseCaseProducers}): an adapter injects the use cases it calls and nothing else, and a test
 * replaces one by binding another.
 */
@ApplicationScoped
public class UseCaseBeans {

  @Inject UseCases useCases;

  @Produces
  CreatePersonalTokenUseCase createPersonalToken() {
    return useCases.createPersonalToken();
  }

  @Produces
  ListPersonalTokensUseCase listPersonalTokens() {
    return useCases.listPersonalTokens();
  }

  @Produces
  GetPersonalTokenUseCase getPersonalToken() {
    return useCases.getPersonalToken();
  }

  @Produces
  RevokePersonalTokenUseCase revokePersonalToken() {
    return useCases.revokePersonalToken();
  }

  @Produces
  AuthenticateUseCase authenticate() {
    return useCases.authenticate();
  }

  @Produces
  SignInUseCase signIn() {
    return useCases.signIn();
  }

  @Produces
  StartProviderSignInUseCase startProviderSignIn() {
    return useCases.startProviderSignIn();
  }

  @Produces
  FinishProviderSignInUseCase finishProviderSignIn() {
    return useCases.finishProviderSignIn();
  }

  @Produces
  StartCliLoginUseCase startCliLogin() {
    return useCases.startCliLogin();
  }

  @Produces
  DescribeCliLoginUseCase describeCliLogin() {
    return useCases.describeCliLogin();
  }

  @Produces
  ApproveCliLoginUseCase approveCliLogin() {
    return useCases.approveCliLogin();
  }

  @Produces
  DenyCliLoginUseCase denyCliLogin() {
    return useCases.denyCliLogin();
  }

  @Produces
  PollCliLoginUseCase pollCliLogin() {
    return useCases.pollCliLogin();
  }

  @Produces
  SignOutUseCase signOut() {
    return useCases.signOut();
  }

  @Produces
  GetAccountUseCase getAccount() {
    return useCases.getAccount();
  }

  @Produces
  CreateAccountUseCase createAccount() {
    return useCases.createAccount();
  }

  @Produces
  CreateFirstAccountUseCase createFirstAccount() {
    return useCases.createFirstAccount();
  }

  @Produces
  ResetPasswordUseCase resetPassword() {
    return useCases.resetPassword();
  }

  @Produces
  PurgeEndedCredentialsUseCase purgeEndedCredentials() {
    return useCases.purgeEndedCredentials();
  }

  @Produces
  VerifyPersonalTokenUseCase verifyPersonalToken() {
    return useCases.verifyPersonalToken();
  }

  @Produces
  IntrospectTokenUseCase introspectToken() {
    return useCases.introspectToken();
  }

  @Produces
  RegisterServiceClientUseCase registerServiceClient() {
    return useCases.registerServiceClient();
  }

  @Produces
  ListServiceClientsUseCase listServiceClients() {
    return useCases.listServiceClients();
  }

  @Produces
  DeleteServiceClientUseCase deleteServiceClient() {
    return useCases.deleteServiceClient();
  }

  @Produces
  RotatePersonalTokenUseCase rotatePersonalToken() {
    return useCases.rotatePersonalToken();
  }

  @Produces
  RotateOwnTokenUseCase rotateOwnToken() {
    return useCases.rotateOwnToken();
  }

  @Produces
  RevokeAllPersonalTokensUseCase revokeAllPersonalTokens() {
    return useCases.revokeAllPersonalTokens();
  }

  @Produces
  ReportLeakedCredentialsUseCase reportLeakedCredentials() {
    return useCases.reportLeakedCredentials();
  }

  @Produces
  RevokeLeakedCredentialsUseCase revokeLeakedCredentials() {
    return useCases.revokeLeakedCredentials();
  }

  @Produces
  ListAuditEventsUseCase listAuditEvents() {
    return useCases.listAuditEvents();
  }

  @Produces
  SendNoticesUseCase sendNotices() {
    return useCases.sendNotices();
  }

  @Produces
  PurgeOldAuditEventsUseCase purgeOldAuditEvents() {
    return useCases.purgeOldAuditEvents();
  }

  @Produces
  FlushTokenUsageUseCase flushTokenUsage() {
    return useCases.flushTokenUsage();
  }

  @Produces
  ListPeopleUseCase listPeople() {
    return useCases.listPeople();
  }

  @Produces
  AddPersonUseCase addPerson() {
    return useCases.addPerson();
  }

  @Produces
  DeactivateAccountUseCase deactivateAccount() {
    return useCases.deactivateAccount();
  }

  @Produces
  ReactivateAccountUseCase reactivateAccount() {
    return useCases.reactivateAccount();
  }

  @Produces
  ChangeRoleUseCase changeRole() {
    return useCases.changeRole();
  }

  @Produces
  SendPasswordLinkUseCase sendPasswordLink() {
    return useCases.sendPasswordLink();
  }

  @Produces
  SetPasswordUseCase setPassword() {
    return useCases.setPassword();
  }

  @Produces
  ChangePasswordUseCase changePassword() {
    return useCases.changePassword();
  }

  @Produces
  ListInventoryUseCase listInventory() {
    return useCases.listInventory();
  }

  @Produces
  RevokeAnyTokenUseCase revokeAnyToken() {
    return useCases.revokeAnyToken();
  }

  @Produces
  ListInstanceAuditEventsUseCase listInstanceAuditEvents() {
    return useCases.listInstanceAuditEvents();
  }

  @Produces
  GetPolicyUseCase getPolicy() {
    return useCases.getPolicy();
  }

  @Produces
  CurrentPolicyUseCase currentPolicy() {
    return useCases.currentPolicy();
  }

  @Produces
  ChangePolicyUseCase changePolicy() {
    return useCases.changePolicy();
  }

  @Produces
  EnrolTwoFactorUseCase enrolTwoFactor() {
    return useCases.enrolTwoFactor();
  }

  @Produces
  ConfirmTwoFactorUseCase confirmTwoFactor() {
    return useCases.confirmTwoFactor();
  }

  @Produces
  DisableTwoFactorUseCase disableTwoFactor() {
    return useCases.disableTwoFactor();
  }

  @Produces
  GetTwoFactorUseCase getTwoFactor() {
    return useCases.getTwoFactor();
  }

  @Produces
  RevokeUnusedTokensUseCase revokeUnusedTokens() {
    return useCases.revokeUnusedTokens();
  }

  @Produces
  CreateScimTokenUseCase createScimToken() {
    return useCases.createScimToken();
  }

  @Produces
  ListScimTokensUseCase listScimTokens() {
    return useCases.listScimTokens();
  }

  @Produces
  RevokeScimTokenUseCase revokeScimToken() {
    return useCases.revokeScimToken();
  }

  @Produces
  AuthenticateProvisionerUseCase authenticateProvisioner() {
    return useCases.authenticateProvisioner();
  }

  @Produces
  GetPersonUseCase getPerson() {
    return useCases.getPerson();
  }

  @Produces
  FindPersonUseCase findPerson() {
    return useCases.findPerson();
  }

  @Produces
  ProvisionPersonUseCase provisionPerson() {
    return useCases.provisionPerson();
  }

  @Produces
  ChangeEmailUseCase changeEmail() {
    return useCases.changeEmail();
  }
}
