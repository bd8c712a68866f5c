package dev.personaltokens.adapter.in.rest;

/**
 * The answer to revoke-all: how many tokens it revoked, and whether the caller's own token was one
 * of them (then this was its last answer).
 */
public record RevokedAllResponse(int revoked, boolean callerRevoked) {}
