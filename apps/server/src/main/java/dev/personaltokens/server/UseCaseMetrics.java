package dev.personaltokens.server;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.domain.DomainException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What operators watch, counted where every call passes: {@code ptk_use_case_calls_total} by use
 * case and outcome ({@code ok}, or the refusal's stable code such as {@code auth.token.revoked},
 * {@code auth.throttled}, {@code service.unavailable}; {@code error} for a bug). Verifications are
 * the {@code Authenticate}, {@code VerifyPersonalToken} and {@code IntrospectToken} calls, sign-ins
 * {@code SignIn}, tokens created and revoked {@code CreatePersonalToken} and {@code
 * RevokePersonalToken}. Served with the server's own at {@code /metrics}.
 */
public class UseCaseMetrics implements UseCaseDecorator {
  // Outside the transaction boundary (UseCaseProducers): an outage's 503 is counted too.

  static final String CALLS = "ptk_use_case_calls";

  private final MetricRegistry registry;

  /** The registry's counters, looked up once: every request counts at least one call. */
  private final Map<Class<?>, Map<String, Counter>> counters = new ConcurrentHashMap<>();

  /** Made by {@link UseCaseProducers} as a plain object, as {@link TransactionBoundary} is. */
  UseCaseMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    try {
      T result = work.get();
      count(call, "ok");
      return result;
    } catch (DomainException refused) {
      count(call, refused.code());
      throw refused;
    } catch (RuntimeException failure) {
      count(call, "error");
      throw failure;
    }
  }

  private void count(UseCaseCall call, String outcome) {
    counters
        .computeIfAbsent(call.useCase(), useCase -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            outcome,
            key ->
                registry.counter(
                    CALLS, new Tag("use_case", call.name()), new Tag("outcome", outcome)))
        .inc();
  }
}
