package dev.personaltokens.adapter.in.rest;

/**
 * The benchmark's switches on this node ({@code PTK_BENCHMARK=on} only; never in production): the
 * node cache and last-used tracking, so that one server can be measured with and without them in
 * interleaved rounds.
 */
public interface BenchmarkMode {

  boolean enabled();

  void nodeCache(boolean on);

  void lastUsedTracking(boolean on);
}
