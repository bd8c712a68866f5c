package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts")
@NamedQuery(
    name = "Account.byEmail",
    query = "SELECT a FROM AccountEntity a WHERE a.email = :email")
@NamedQuery(
    name = "Account.changePasswordHash",
    query = "UPDATE AccountEntity a SET a.passwordHash = :hash WHERE a.id = :id")
public class AccountEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "email", nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AccountEntity() {}

  AccountEntity(String email, String passwordHash, Instant createdAt) {
    this.email = email;
    this.passwordHash = passwordHash;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  Instant createdAt() {
    return createdAt;
  }
}
