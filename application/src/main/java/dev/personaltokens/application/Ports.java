package dev.personaltokens.application;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.port.out.TwoFactors;

/** The outgoing ports the use cases run on: the stores, and what the platform provides. */
public record Ports(
    Accounts accounts,
    PasswordLinks passwordLinks,
    PersonalTokens personalTokens,
    Sessions sessions,
    ServiceClients serviceClients,
    ScimTokens scimTokens,
    InstancePolicies instancePolicies,
    Clock clock,
    Randomness randomness,
    PasswordHasher passwordHasher,
    AuditTrail auditTrail,
    Origins origins,
    Notices notices,
    Mailer mailer,
    Cluster cluster,
    SharedState sharedState,
    TwoFactors twoFactors,
    OneTimeCodes oneTimeCodes,
    IdentityProvider identityProvider) {}
