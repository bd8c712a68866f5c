package dev.personaltokens.application.port.in.session;

import java.net.URI;

/**
 * Where to send the browser, and the state it must come back with: kept by the browser (in a cookie
 * of its own) as well as by the server, so that nobody can sign a victim in as themselves.
 */
public record ProviderRedirect(URI location, String state) {}
