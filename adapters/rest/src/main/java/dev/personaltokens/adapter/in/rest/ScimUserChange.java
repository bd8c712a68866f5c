package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SCIM request asks of a user: a new email (the userName, which is the account's email) and
 * whether it is active; empty for what it leaves as it is. Read from a whole user (create, replace)
 * or from a PATCH, in the shapes Okta and Entra ID send. Attributes of the User schemas this server
 * doesn't keep (name, displayName, externalId...) are taken and ignored, as RFC 7643 lets a service
 * provider; an attribute of no schema is refused.
 */
record ScimUserChange(Optional<Email> email, Optional<Boolean> active) {

  /** The core and enterprise User attributes this server takes without keeping them. */
  private static final Set<String> IGNORED =
      Set.of(
          "id",
          "externalid",
          "meta",
          "name",
          "displayname",
          "nickname",
          "profileurl",
          "title",
          "usertype",
          "preferredlanguage",
          "locale",
          "timezone",
          "phonenumbers",
          "ims",
          "photos",
          "addresses",
          "groups",
          "entitlements",
          "roles",
          "x509certificates",
          ScimJson.ENTERPRISE_USER.toLowerCase(Locale.ROOT));

  private static final String USER_PREFIX = ScimJson.USER.toLowerCase(Locale.ROOT) + ":";

  /** {@code emails[type eq "work"].value}, {@code emails[primary eq true].value}, and the like. */
  private static final Pattern EMAIL_VALUE =
      Pattern.compile("emails\\[[^\\]]*\\](\\.value)?", Pattern.CASE_INSENSITIVE);

  /** A whole user, as POST and PUT send it: the userName is required. */
  static ScimUserChange ofUser(JsonObject user) {
    requireSchema(user, ScimJson.USER, "a user");
    Changes changes = new Changes();
    for (Map.Entry<String, JsonValue> attribute : user.entrySet()) {
      if (!attribute.getKey().equals("schemas")) {
        changes.set(attribute.getKey(), attribute.getValue(), false);
      }
    }
    if (changes.userName == null) {
      throw ScimException.invalidValue("userName is required: the person's email");
    }
    if (changes.emailsPrimary != null && !changes.emailsPrimary.equals(changes.userName)) {
      throw ScimException.invalidValue(
          "this server keeps one email per person: the primary email must be the userName");
    }
    return new ScimUserChange(Optional.of(changes.userName), Optional.ofNullable(changes.active));
  }

  /** A PATCH (RFC 7644 3.5.2): its operations, applied in order. */
  static ScimUserChange ofPatch(JsonObject patch) {
    requireSchema(patch, ScimJson.PATCH_OP, "a PATCH");
    JsonValue operations = patch.get("Operations");
    if (!(operations instanceof JsonArray list) || list.isEmpty()) {
      throw ScimException.invalidSyntax("Operations must be a list of at least one operation");
    }
    Changes changes = new Changes();
    for (JsonValue each : list) {
      if (!(each instanceof JsonObject operation)) {
        throw ScimException.invalidSyntax("each of Operations must be an object");
      }
      changes.apply(operation);
    }
    Email email = changes.userName != null ? changes.userName : changes.emailsPrimary;
    return new ScimUserChange(Optional.ofNullable(email), Optional.ofNullable(changes.active));
  }

  private static void requireSchema(JsonObject body, String schema, String what) {
    JsonValue schemas = body.get("schemas");
    if (!(schemas instanceof JsonArray list)
        || list.stream()
            .noneMatch(s -> s instanceof JsonString name && name.getString().equals(schema))) {
      throw ScimException.invalidSyntax(what + "'s schemas must name " + schema);
    }
  }

  /** What the attributes of one request said, the last one of each winning. */
  private static final class Changes {

    Email userName;
    Email emailsPrimary;
    Boolean active;

    void apply(JsonObject operation) {
      String op = string(operation.get("op"), "op").toLowerCase(Locale.ROOT);
      if (!Set.of("add", "replace", "remove").contains(op)) {
        throw ScimException.invalidSyntax("op must be add, replace or remove, not " + op);
      }
      JsonValue path = operation.get("path");
      JsonValue value = operation.getOrDefault("value", JsonValue.NULL);
      if (path == null || path == JsonValue.NULL) {
        if (op.equals("remove")) {
          throw new ScimException(Status.BAD_REQUEST, "noTarget", "a remove needs a path");
        }
        if (!(value instanceof JsonObject attributes)) {
          throw ScimException.invalidSyntax("without a path, the value must be an object");
        }
        attributes.forEach((name, attribute) -> set(name, attribute, false));
        return;
      }
      String target = string(path, "path");
      if (op.equals("remove")) {
        if (!IGNORED.contains(root(target))) {
          throw ScimException.mutability(
              target + " can't be removed: a user keeps its userName, email and active");
        }
        return;
      }
      set(target, value, true);
    }

    /** One attribute, by its name or by a PATCH's path ({@code fromPath}). */
    void set(String name, JsonValue value, boolean fromPath) {
      String attribute = name.toLowerCase(Locale.ROOT);
      if (attribute.startsWith(USER_PREFIX)) {
        attribute = attribute.substring(USER_PREFIX.length());
      }
      Matcher emailValue = EMAIL_VALUE.matcher(attribute);
      if (attribute.equals("active")) {
        active = bool(value);
      } else if (attribute.equals("username")) {
        userName = email(string(value, "userName"), "userName");
      } else if (attribute.equals("emails")) {
        emailsPrimary = primary(value);
      } else if (fromPath && emailValue.matches()) {
        emailsPrimary =
            emailValue.group(1) != null
                ? email(string(value, name), name)
                : primary(value instanceof JsonArray ? value : arrayOf(value));
      } else if (attribute.equals("password")) {
        throw ScimException.mutability(
            "this server keeps no passwords: people sign in through the identity provider");
      } else if (!IGNORED.contains(root(attribute))) {
        throw fromPath
            ? ScimException.invalidPath("there is no attribute " + name + " in a user")
            : ScimException.invalidValue("there is no attribute " + name + " in a user");
      }
    }

    private static JsonValue arrayOf(JsonValue value) {
      return JsonFactories.BUILDERS.createArrayBuilder().add(value).build();
    }
  }

  /** The attribute a path starts with: {@code name} of {@code name.givenName}. */
  private static String root(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith(ScimJson.ENTERPRISE_USER.toLowerCase(Locale.ROOT))) {
      return ScimJson.ENTERPRISE_USER.toLowerCase(Locale.ROOT);
    }
    if (lower.startsWith(USER_PREFIX)) {
      lower = lower.substring(USER_PREFIX.length());
    }
    return lower.split("[.\\[]", 2)[0];
  }

  /** The primary email of a list of emails, else its only one. */
  private static Email primary(JsonValue value) {
    if (!(value instanceof JsonArray emails) || emails.isEmpty()) {
      throw ScimException.invalidValue("emails must be a list of at least one email");
    }
    JsonObject chosen = null;
    for (JsonValue each : emails) {
      if (!(each instanceof JsonObject email)) {
        throw ScimException.invalidValue("each of emails must be an object with a value");
      }
      if (email.get("primary") != null && bool(email.get("primary"))) {
        chosen = email;
      }
    }
    if (chosen == null && emails.size() == 1) {
      chosen = emails.getJsonObject(0);
    }
    if (chosen == null) {
      throw ScimException.invalidValue("emails: say which one is primary");
    }
    return email(string(chosen.get("value"), "emails.value"), "emails.value");
  }

  private static Email email(String text, String attribute) {
    try {
      return new Email(text);
    } catch (InvalidValueException e) {
      throw ScimException.invalidValue(
          attribute + " must be an email address such as name@example.com");
    }
  }

  private static String string(JsonValue value, String attribute) {
    if (!(value instanceof JsonString text)) {
      throw ScimException.invalidValue(attribute + " must be a string");
    }
    return text.getString();
  }

  /** A boolean, or Entra ID's {@code "True"} and {@code "False"}. */
  private static boolean bool(JsonValue value) {
    if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    if (value instanceof JsonString text
        && Set.of("true", "false").contains(text.getString().toLowerCase(Locale.ROOT))) {
      return text.getString().equalsIgnoreCase("true");
    }
    throw ScimException.invalidValue("active and primary must be true or false");
  }
}
