package dev.personaltokens.systemtests;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The hexagon's boundaries, checked on every module's production classes. */
@AnalyzeClasses(
    packages = "dev.personaltokens",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

  /** The fakes and contract tests that modules share as test-jars are tests too. */
  static final class NoTestJars implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("-tests.jar");
    }
  }

  private static final String DOMAIN = "dev.personaltokens.domain..";
  private static final String APPLICATION = "dev.personaltokens.application..";
  private static final String PORTS_OUT = "dev.personaltokens.application.port.out..";
  private static final String REST = "dev.personaltokens.adapter.in.rest..";
  private static final String PERSISTENCE = "dev.personaltokens.adapter.out.persistence..";
  private static final String CLI = "dev.personaltokens.adapter.in.cli..";
  private static final String CLI_USER = "dev.personaltokens.adapter.in.cli.user..";
  private static final String CLI_COMMON = "dev.personaltokens.adapter.in.cli.common..";
  private static final String PLATFORM = "dev.personaltokens.adapter.out.platform..";
  private static final String MAIL = "dev.personaltokens.adapter.out.mail..";
  private static final String CLUSTER = "dev.personaltokens.adapter.out.cluster..";
  private static final String OIDC = "dev.personaltokens.adapter.out.oidc..";

  /** The things you run (apps/server, apps/cli, apps/launcher): each wires what it runs. */
  private static final String SERVER = "dev.personaltokens.server..";

  private static final String CLI_APP = "dev.personaltokens.cli..";
  private static final String LAUNCHER = "dev.personaltokens.launcher..";

  /** The one reader of settings, beside the rings: it builds the policies the use cases obey. */
  private static final String SETTINGS = "dev.personaltokens.settings..";

  private static final String CLUSTER_MEMBERS =
      "dev.personaltokens.adapter.out.cluster.ClusterMembers";
  private static final String CLUSTER_SECRET =
      "dev.personaltokens.adapter.out.cluster.ClusterSecret";

  /**
   * The core and its adapters, as rings. The apps are the composition roots outside the rings: what
   * they may use is said by the rules on each of them below, not here.
   */
  @ArchTest
  static final ArchRule hexagon =
      onionArchitecture()
          .domainModels(DOMAIN)
          .domainServices(DOMAIN)
          .applicationServices(APPLICATION)
          .adapter("rest", REST)
          .adapter("persistence", PERSISTENCE)
          .adapter("cli", CLI)
          // Time, randomness and hashing from the JDK: adapters of outgoing ports like the others.
          .adapter("platform", PLATFORM)
          // Mail through Jakarta Mail: the adapter of the Mailer port.
          .adapter("mail", MAIL)
          // The Cluster and SharedState ports on Payara's data grid.
          .adapter("cluster", CLUSTER)
          // The IdentityProvider port on Nimbus: OpenID Connect.
          .adapter("oidc", OIDC)
          .ignoreDependency(resideInAnyPackage(SERVER, CLI_APP, LAUNCHER, SETTINGS), alwaysTrue())
          // The operator's commands read DB_URL and the policies with the one reader.
          .ignoreDependency(resideInAnyPackage(CLI), resideInAnyPackage(SETTINGS));

  /** Nothing depends on a thing you run: each is the top of its own graph. */
  /**
   * A resource is made once and serves every request (ARCHITECTURE.md, "Resources are made once"):
   * none is made per request, and what one keeps in a field is what it was given - the use cases it
   * calls, settings - never a request's state, which comes as a method parameter.
   */
  @ArchTest
  static final ArchRule noResourceIsMadeForEachRequest =
      noClasses()
          .that()
          .areAnnotatedWith("jakarta.ws.rs.Path")
          .should()
          .beAnnotatedWith("jakarta.enterprise.context.RequestScoped");

  @ArchTest
  static final ArchRule aResourceMadeOnceKeepsNoRequestInAField =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith("jakarta.ws.rs.Path")
          .and()
          .areDeclaredInClassesThat()
          .areAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
          .and()
          .areNotStatic()
          .should()
          .beAnnotatedWith("jakarta.inject.Inject");

  @ArchTest static final ArchRule theServerIsNobodysDependency = nobodyDependsOn(SERVER);

  @ArchTest static final ArchRule theCommandLineAppIsNobodysDependency = nobodyDependsOn(CLI_APP);

  @ArchTest static final ArchRule theLauncherIsNobodysDependency = nobodyDependsOn(LAUNCHER);

  private static ArchRule nobodyDependsOn(String app) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(app)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(app);
  }

  /** The server wires the server's adapters; the command line is not in the WAR. */
  @ArchTest
  static final ArchRule theServerWiresNoCommandLine =
      noClasses()
          .that()
          .resideInAPackage(SERVER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI, CLI_APP, LAUNCHER);

  /** The ptk jar runs the CLI adapter on the database: no HTTP server, grid or mail in it. */
  @ArchTest
  static final ArchRule theCommandLineWiresNoServerAdapter =
      noClasses()
          .that()
          .resideInAPackage(CLI_APP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(REST, CLUSTER, MAIL, OIDC, SERVER, LAUNCHER);

  /**
   * The launcher starts a database and Payara beside the server, never the application itself: of
   * ours it reads only the settings and the cluster's members and secret, as the server reads them.
   */
  @ArchTest
  static final ArchRule theLauncherRunsNothingOfTheApplication =
      classes()
          .that()
          .resideInAPackage(LAUNCHER)
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage("java..", "javax..", "ch.vorburger..", LAUNCHER, SETTINGS)
                  .or(
                      describe(
                          "the cluster's members and secret",
                          (JavaClass type) ->
                              type.getName().equals(CLUSTER_MEMBERS)
                                  || type.getName().equals(CLUSTER_SECRET))));

  /** The one reader of settings: nothing but the JDK and the policies it reads. */
  @ArchTest
  static final ArchRule settingsAreReadByOneReaderOfTheJdksOwn =
      classes()
          .that()
          .resideInAPackage(SETTINGS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              SETTINGS,
              "dev.personaltokens.application",
              "dev.personaltokens.domain.token",
              "dev.personaltokens.domain.sso");

  @ArchTest
  static final ArchRule platformUsesOnlyThePortsItImplements =
      classes()
          .that()
          .resideInAPackage(PLATFORM)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "javax.crypto..", "com.eatthepath.otp..", DOMAIN, PORTS_OUT);

  /** The codes of authenticator apps come from the platform adapter alone. */
  @ArchTest
  static final ArchRule javaOtpOnlyInThePlatformAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(PLATFORM)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.eatthepath.otp..");

  /** OpenID Connect, its tokens and keys, from the OIDC adapter alone: nothing else checks them. */
  @ArchTest
  static final ArchRule nimbusOnlyInTheOidcAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(OIDC)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.nimbusds..");

  /** QR codes are a way of showing: drawn by the REST adapter for the console. */
  @ArchTest
  static final ArchRule qrCodesOnlyInTheRestAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.nayuki.qrcodegen..");

  @ArchTest
  static final ArchRule hazelcastOnlyInTheClusterAdapterAndTheServersWiring =
      noClasses()
          .that()
          .resideOutsideOfPackages(CLUSTER, SERVER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.hazelcast..");

  @ArchTest
  static final ArchRule grizzlyOnlyInTheServersHttpGuard =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.personaltokens.server.http..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.glassfish.grizzly..");

  /** The user's commands are an HTTP client of the server: they never run a use case themselves. */
  @ArchTest
  static final ArchRule theCliUserHalfTalksHttpOnly =
      noClasses()
          .that()
          .resideInAnyPackage(CLI_USER, CLI_COMMON)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(APPLICATION);

  /** What both halves of the CLI share knows neither half. */
  @ArchTest
  static final ArchRule theCliCommonPartKnowsNeitherHalf =
      noClasses()
          .that()
          .resideInAPackage(CLI_COMMON)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(CLI_USER, "dev.personaltokens.adapter.in.cli.operator..");

  @ArchTest
  static final ArchRule domainUsesOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN);

  @ArchTest
  static final ArchRule applicationUsesOnlyTheDomainAndTheJdk =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN, APPLICATION);

  @ArchTest
  static final ArchRule jpaOnlyInThePersistenceAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..");

  @ArchTest
  static final ArchRule jaxRsOnlyInTheRestAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule picocliOnlyInTheCliAdapter =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule useCasesAreInterfacesOfTheIncomingPorts =
      classes()
          .that()
          .haveSimpleNameEndingWith("UseCase")
          .should()
          .beInterfaces()
          .andShould()
          .resideInAPackage("dev.personaltokens.application.port.in..");

  @ArchTest
  static final ArchRule servicesImplementUseCases =
      classes()
          .that()
          .resideInAPackage("dev.personaltokens.application.service..")
          .and()
          .haveSimpleNameEndingWith("Service")
          .should()
          .implement(
              describe("a use case", (JavaClass type) -> type.getSimpleName().endsWith("UseCase")));

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("dev.personaltokens.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noGenericExceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
}
