package dev.personaltokens.adapter.in.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The credentials inventory as CSV (RFC 4180, by Commons CSV), for a spreadsheet. A cell that a
 * spreadsheet would run as a formula (a token's name is anyone's text) is written with a leading
 * apostrophe, as OWASP advises against CSV injection.
 */
final class InventoryCsv {

  static final String MEDIA_TYPE = "text/csv";

  private static final String[] HEADER = {
    "uuid",
    "name",
    "description",
    "scope",
    "owner_id",
    "owner_email",
    "created",
    "expires_at",
    "last_used_at",
    "last_used_ip",
    "allowed_ips",
    "blocked"
  };

  private InventoryCsv() {}

  static String of(List<InventoryTokenResponse> tokens) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
      for (InventoryTokenResponse token : tokens) {
        csv.printRecord(
            token.uuid(),
            cell(token.name()),
            cell(token.description()),
            token.scope(),
            token.owner().id(),
            cell(token.owner().email()),
            token.created(),
            token.expiresAt(),
            token.lastUsedAt(),
            token.lastUsedIp(),
            String.join(" ", token.allowedIps()),
            token.blocked());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String cell(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
