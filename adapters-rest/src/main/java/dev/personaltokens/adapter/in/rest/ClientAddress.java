package dev.personaltokens.adapter.in.rest;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, as limits per address count it. */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
