package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API, wire-compatible with Azion's v3 {@code iam/personal_tokens}. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
