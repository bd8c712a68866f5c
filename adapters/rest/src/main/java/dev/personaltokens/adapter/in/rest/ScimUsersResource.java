package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.DeactivateAccountUseCase;
import dev.personaltokens.application.port.in.people.ListPeopleUseCase;
import dev.personaltokens.application.port.in.people.ReactivateAccountUseCase;
import dev.personaltokens.application.port.in.provisioning.ChangeEmailUseCase;
import dev.personaltokens.application.port.in.provisioning.FindPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.GetPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.ProvisionPersonUseCase;
import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCIM's Users (RFC 7644 3.2-3.6) over the accounts: a user is an account, its id the account's,
 * its userName and one email the account's email, {@code active} its status. Deactivating (PATCH or
 * PUT {@code active: false}, or DELETE) is the admins' deactivation: every session and personal
 * token ends on every node before the answer. DELETE deactivates and keeps the account, as the
 * admins do (no account is ever deleted: its security log stays), so a later GET still finds it,
 * inactive.
 */
@Path("Users")
@ScimAuthenticated
public class ScimUsersResource {

  /** {@code userName eq "..."}: what Okta and Entra ID ask before they create someone. */
  private static final Pattern USER_NAME_EQ =
      Pattern.compile(
          "\\s*(?:userName|emails(?:\\.value)?)\\s+eq\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final int DEFAULT_COUNT = PageRequest.MAX_SIZE;

  @Inject ListPeopleUseCase listPeople;
  @Inject GetPersonUseCase getPerson;
  @Inject FindPersonUseCase findPerson;
  @Inject ProvisionPersonUseCase provisionPerson;
  @Inject ChangeEmailUseCase changeEmail;
  @Inject DeactivateAccountUseCase deactivate;
  @Inject ReactivateAccountUseCase reactivate;
  @Inject Policies policies;
  @Context SecurityContext security;

  @GET
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("startIndex") String startIndexParameter,
      @QueryParam("count") String countParameter) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    long startIndex = Math.max(1, number(startIndexParameter, 1, "startIndex"));
    int count =
        (int) Math.min(DEFAULT_COUNT, Math.max(0, number(countParameter, DEFAULT_COUNT, "count")));
    if (filter != null) {
      List<Account> found = findPerson.find(actor, filteredEmail(filter)).stream().toList();
      List<Account> page = found.stream().skip(startIndex - 1).limit(count).toList();
      return answer(Response.ok(), ScimJson.list(users(page), found.size(), startIndex));
    }
    return answer(Response.ok(), everyone(actor, startIndex, count));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    return answer(Response.ok(), user(getPerson.get(actor, accountId(id))));
  }

  @POST
  public Response create(InputStream body) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    ScimUserChange change = ScimUserChange.ofUser(ScimJson.read(body));
    Account account = provisionPerson.provision(actor, change.email().orElseThrow());
    if (!change.active().orElse(true)) {
      account = deactivate.deactivate(actor, account.id()).account();
    }
    JsonObject user = user(account);
    return answer(
        Response.created(URI.create(user.getJsonObject("meta").getString("location"))), user);
  }

  @PUT
  @Path("{id}")
  public Response replace(@PathParam("id") String id, InputStream body) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    AccountId account = accountId(id);
    return answer(
        Response.ok(), user(apply(actor, account, ScimUserChange.ofUser(ScimJson.read(body)))));
  }

  @PATCH
  @Path("{id}")
  public Response patch(@PathParam("id") String id, InputStream body) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    AccountId account = accountId(id);
    return answer(
        Response.ok(), user(apply(actor, account, ScimUserChange.ofPatch(ScimJson.read(body)))));
  }

  /** Deactivates: every session and token ends on every node before the 204. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    Actor actor = ScimAuthenticationFilter.actor(security);
    deactivate.deactivate(actor, accountId(id));
    return Response.noContent().build();
  }

  /** The email first, then the status; each a use case of its own, each idempotent. */
  private Account apply(Actor actor, AccountId id, ScimUserChange change) {
    Account account = getPerson.get(actor, id);
    if (change.email().isPresent() && !change.email().get().equals(account.email())) {
      account = changeEmail.change(actor, id, change.email().get());
    }
    if (change.active().isPresent() && change.active().get() != account.isActive()) {
      account =
          change.active().get()
              ? reactivate.reactivate(actor, id)
              : deactivate.deactivate(actor, id).account();
    }
    return account;
  }

  /**
   * Everyone, oldest first, from {@code startIndex} (1-based, any number): the one or two pages of
   * {@code count} the range spans.
   */
  private JsonObject everyone(Actor actor, long startIndex, int count) {
    if (count == 0) {
      Page<AccountSummary> first = people(actor, 1, 1);
      return ScimJson.list(List.of(), first.total(), startIndex);
    }
    long offset = startIndex - 1;
    long number = offset / count + 1;
    if (number > Integer.MAX_VALUE - 1) {
      return ScimJson.list(List.of(), people(actor, 1, 1).total(), startIndex);
    }
    int skip = (int) (offset % count);
    Page<AccountSummary> page = people(actor, (int) number, count);
    List<Account> accounts = new ArrayList<>();
    page.items().stream().skip(skip).forEach(summary -> accounts.add(summary.account()));
    if (skip > 0 && page.hasNext()) {
      people(actor, (int) number + 1, count).items().stream()
          .limit(skip)
          .forEach(summary -> accounts.add(summary.account()));
    }
    return ScimJson.list(users(accounts), page.total(), startIndex);
  }

  private Page<AccountSummary> people(Actor actor, int number, int size) {
    return listPeople.list(actor, "", Optional.empty(), new PageRequest(number, size));
  }

  private List<JsonObject> users(List<Account> accounts) {
    return accounts.stream().map(this::user).toList();
  }

  private JsonObject user(Account account) {
    return ScimJson.user(account, ScimJson.base(policies));
  }

  private static Email filteredEmail(String filter) {
    Matcher matcher = USER_NAME_EQ.matcher(filter);
    if (!matcher.matches()) {
      throw ScimException.invalidFilter(
          "the filter must be userName eq \"...\" (or emails eq); no other filter is supported");
    }
    String value;
    try (JsonParser parser =
        JsonFactories.PARSERS.createParser(new StringReader(matcher.group(1)))) {
      parser.next();
      value = parser.getString();
    } catch (RuntimeException e) {
      throw ScimException.invalidFilter("the filter's value is not a valid string");
    }
    try {
      return new Email(value);
    } catch (RuntimeException e) {
      throw ScimException.invalidFilter("the filter's userName must be an email address");
    }
  }

  private static long number(String text, long otherwise, String name) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw ScimException.invalidValue(name + " must be a whole number");
    }
  }

  /** A user's id is an account's: anything else is no user. */
  private static AccountId accountId(String id) {
    try {
      long value = Long.parseLong(id);
      if (value >= 1) {
        return new AccountId(value);
      }
    } catch (NumberFormatException e) {
      // no user, below
    }
    throw ScimException.noUser(id);
  }

  private static Response answer(Response.ResponseBuilder builder, JsonObject body) {
    return builder.type(ScimJson.MEDIA_TYPE).entity(body.toString()).build();
  }
}
