package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.TokenReference;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** The security log in the API's list envelope. */
public record AuditEventListResponse(
    long count,
    long totalPages,
    int schemaVersion,
    PersonalTokenListResponse.Links links,
    List<Event> results) {

  /** One event; {@code token}, {@code ip} and {@code user_agent} are null when there is none. */
  @JsonbNillable
  public record Event(
      String uuid,
      String type,
      String created,
      String ip,
      String userAgent,
      JsonValue token,
      String detail,
      JsonValue actor) {

    static Event from(AuditEvent event) {
      return new Event(
          event.id().toString(),
          event.type().code(),
          Timestamps.format(event.created()),
          event.origin().address(),
          event.origin().userAgent(),
          tokenOf(event.token()),
          event.detail(),
          actorOf(event.actor()));
    }
  }

  /**
   * The token an event is about, as it was - never its secret - or JSON null: Yasson leaves out a
   * null record even where nulls are written, so the value is built here.
   */
  private static JsonValue tokenOf(TokenReference token) {
    if (token == null) {
      return JsonValue.NULL;
    }
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("uuid", token.id().toString())
        .add("name", token.name().value())
        .add("hint", token.hint().value())
        .build();
  }

  /** The admin ({@code id}, {@code email}) or operator who did it, or JSON null: see tokenOf. */
  private static JsonValue actorOf(AuditActor actor) {
    if (actor == null) {
      return JsonValue.NULL;
    }
    if (actor.admin() == null) {
      return JsonFactories.BUILDERS.createObjectBuilder().add("operator", actor.operator()).build();
    }
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add("id", actor.admin().value())
        .add("email", actor.adminEmail())
        .build();
  }

  static AuditEventListResponse from(Page<AuditEvent> page, PersonalTokenListResponse.Links links) {
    return new AuditEventListResponse(
        page.total(),
        page.totalPages(),
        PersonalTokenListResponse.SCHEMA_VERSION,
        links,
        page.items().stream().map(Event::from).toList());
  }
}
