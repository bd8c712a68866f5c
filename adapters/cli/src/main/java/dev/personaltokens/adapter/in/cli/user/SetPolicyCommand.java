package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.network.IpRange;
import dev.personaltokens.domain.token.Scope;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "set",
    description = {
      "Change the rules given, keep the others: the policy in force is read, changed and saved"
          + " whole. Every node applies it before this command ends; tokens beyond it are blocked"
          + " at once, and work again when the policy allows them.",
      "",
      "The server checks each value and says which it refuses (exit code 2)."
    })
final class SetPolicyCommand extends ApiCommand {

  @Option(
      names = "--max-lifetime-days",
      paramLabel = "DAYS",
      description = "How long after its creation a token may expire: 1 to 3650 days")
  Integer maxLifetimeDays;

  @Option(
      names = "--allowed-scopes",
      paramLabel = "SCOPE",
      split = ",",
      converter = CodeOption.Scopes.class,
      completionCandidates = CodeOption.Scopes.class,
      description =
          "The scopes tokens may have, e.g. global,read_only; tokens of another are blocked")
  List<Scope> allowedScopes;

  @Option(
      names = "--inactivity-days",
      paramLabel = "DAYS|off",
      converter = Limit.Converter.class,
      description =
          "Revoke tokens unused for DAYS (8 to 3650; never used: since made), their owners told"
              + " 7 days before when the server sends mail; or off")
  Limit inactivityDays;

  @Option(
      names = "--max-tokens-per-account",
      paramLabel = "N|off",
      converter = Limit.Converter.class,
      description = "How many tokens one account may hold (1 to 10000), or off for no limit")
  Limit maxTokensPerAccount;

  @Option(
      names = "--require-two-factor",
      paramLabel = "true|false",
      arity = "1",
      description = "Whether password sign-in needs a second factor")
  Boolean requireTwoFactor;

  @Option(
      names = "--default-allow-ip",
      paramLabel = "CIDR",
      arity = "1..*",
      converter = Address.class,
      description =
          "The addresses or CIDR ranges a new token may be used from when its creator names none"
              + " (at most 20); replaces the list")
  List<IpRange> defaultAllowIps;

  @Option(
      names = "--no-default-allow-ip",
      description = "New tokens may be used from anywhere unless their creator says otherwise")
  boolean noDefaultAllowIp;

  @Mixin OutputFormat.Mixin output;

  SetPolicyCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    if (defaultAllowIps != null && noDefaultAllowIp) {
      throw CliException.usage("give --default-allow-ip or --no-default-allow-ip, not both");
    }
    if (maxLifetimeDays == null
        && allowedScopes == null
        && inactivityDays == null
        && maxTokensPerAccount == null
        && requireTwoFactor == null
        && defaultAllowIps == null
        && !noDefaultAllowIp) {
      throw CliException.usage(
          "say what to change, e.g. --max-lifetime-days 90; 'ptk policy show' shows the policy");
    }
    PtkApi api = connect().api();
    Policy now = api.policy();
    Policy wanted =
        new Policy(
            maxLifetimeDays == null ? now.maxTokenLifetimeDays() : maxLifetimeDays,
            allowedScopes == null
                ? now.allowedScopes()
                : allowedScopes.stream().map(Scope::code).distinct().toList(),
            inactivityDays == null ? now.inactivityDays() : inactivityDays.value(),
            maxTokensPerAccount == null ? now.maxTokensPerAccount() : maxTokensPerAccount.value(),
            requireTwoFactor == null ? now.requireTwoFactor() : requireTwoFactor,
            noDefaultAllowIp
                ? List.of()
                : defaultAllowIps == null
                    ? now.defaultAllowedIps()
                    : defaultAllowIps.stream().map(IpRange::text).toList(),
            null,
            null);
    Policy saved = api.changePolicy(wanted);
    if (output.format == OutputFormat.TABLE) {
      context.out().println("The policy is saved; every node applies it now:");
    }
    PolicyViews.show(context, output.format, saved);
    return ExitCode.OK;
  }

  /** A limit that may be off: {@code value} null then. */
  record Limit(Integer value) {

    /** Reads a whole number, or {@code off} in any case; the server checks the number's range. */
    static final class Converter implements ITypeConverter<Limit> {
      @Override
      public Limit convert(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("off")) {
          return new Limit(null);
        }
        try {
          return new Limit(Integer.valueOf(value));
        } catch (NumberFormatException e) {
          throw new TypeConversionException("expected a whole number or off, not '" + text + "'");
        }
      }
    }
  }

  /** An address or CIDR range, checked as the server checks it: a typo costs no round trip. */
  static final class Address implements ITypeConverter<IpRange> {
    @Override
    public IpRange convert(String text) {
      try {
        return IpRange.parse(text.strip());
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
