package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.token.PersonalToken;

/** A live token in the credentials inventory, with its owner's email. */
public record InventoryEntry(PersonalToken token, Email ownerEmail) {}
