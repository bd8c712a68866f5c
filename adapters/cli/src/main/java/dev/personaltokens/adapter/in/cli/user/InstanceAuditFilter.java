package dev.personaltokens.adapter.in.cli.user;

import java.time.Instant;

/**
 * What {@code ptk audit --all} narrows the instance's log to; null (or an empty type) where it does
 * not.
 *
 * @param account whose log: an account's id
 * @param actor what this admin did: an account's id
 * @param since at or after
 * @param until before
 */
record InstanceAuditFilter(String type, Long account, Long actor, Instant since, Instant until) {}
