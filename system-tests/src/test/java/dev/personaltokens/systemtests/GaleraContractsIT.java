package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every persistence port keeps its contract on Galera: the persistence module's own integration
 * tests ({@code Jpa...IT}: each port's contract, and what only a real database shows - concurrent
 * additions, first starts, the bulk changes' reads), run unchanged on a database of their own in
 * the Galera cluster, through database node 3, as they run on the build's MariaDB. So the schema
 * and every query work there: every table has a primary key, nothing takes LOCK TABLES or GET_LOCK,
 * and the migrations apply.
 */
class GaleraContractsIT extends OnGalera {

  @Test
  void everyPersistencePortKeepsItsContractOnGalera() {
    Map<String, String> database =
        Map.of(
            "db.url",
            galera.url(galera.node(3), "ptk_contracts") + "&createDatabaseIfNotExist=true",
            "db.user",
            GaleraCluster.USER,
            "db.password",
            galera.password());
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    // The tests read where their database is from these, once; nothing else of ours reads them
    // while this class runs alone.
    Map<String, String> build = new HashMap<>();
    database.forEach((name, value) -> build.put(name, System.setProperty(name, value)));
    try {
      LauncherFactory.create()
          .execute(
              LauncherDiscoveryRequestBuilder.request()
                  .selectors(selectPackage("dev.personaltokens.adapter.out.persistence"))
                  .filters(includeClassNamePatterns(".*\\.Jpa[A-Za-z]*IT"))
                  .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                  .build(),
              listener);
    } finally {
      build.forEach(
          (name, value) -> {
            if (value == null) {
              System.clearProperty(name);
            } else {
              System.setProperty(name, value);
            }
          });
    }

    TestExecutionSummary summary = listener.getSummary();
    List<String> failures =
        summary.getFailures().stream()
            .map(
                failure ->
                    failure.getTestIdentifier().getLegacyReportingName()
                        + ": "
                        + failure.getException())
            .toList();
    System.out.printf(
        "GaleraContractsIT: %d tests of the persistence ports on Galera, %d passed, %d failed,"
            + " %d skipped, in %d ms%n",
        summary.getTestsFoundCount(),
        summary.getTestsSucceededCount(),
        summary.getTestsFailedCount(),
        summary.getTestsSkippedCount(),
        summary.getTimeFinished() - summary.getTimeStarted());
    summary.printFailuresTo(new java.io.PrintWriter(System.out, true), 30);
    assertThat(failures).isEmpty();
    assertThat(summary.getTestsSucceededCount()).as("tests run").isGreaterThan(100);
  }
}
