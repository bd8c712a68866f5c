package dev.personaltokens.systemtests;

import java.util.List;

/**
 * The options of every JVM the system tests start - the launched servers' (their launcher's and
 * their Payara's) and the command line's. Their tests check what the programs do, not how fast, and
 * the run starts nine servers on two cores: C2's compilations during a boot, which pay off only in
 * a long run, are left to what gets really hot. A Payara boot took 17-18 s of CPU to its first
 * answer, 12-13.5 s with C2's thresholds raised a hundredfold. C2 is not turned off: the password
 * hash's loop (PBKDF2, 600,000 rounds) still reaches it and its SHA-256 intrinsic, where C1 alone
 * made every sign-in take 1.25 s instead of 0.13 s.
 */
final class TestJvm {

  static final List<String> OPTIONS =
      List.of(
          "-XX:Tier4InvocationThreshold=500000",
          "-XX:Tier4MinInvocationThreshold=60000",
          "-XX:Tier4CompileThreshold=1500000",
          "-XX:Tier4BackEdgeThreshold=400000");

  private TestJvm() {}

  /**
   * For a program that starts its JVMs itself (the launcher starts Payara): every JVM reads this
   * variable, and says so on its standard error.
   */
  static String toolOptions() {
    return String.join(" ", OPTIONS);
  }
}
