package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;

/**
 * The persistence unit outside the server (admin CLI, tests): the same mappings over a plain JDBC
 * connection, with transactions handled by the caller.
 */
public final class StandalonePersistence {

  private StandalonePersistence() {}

  public static EntityManagerFactory open(String url, String user, String password) {
    return open(url, user, password, Map.of());
  }

  /** The same, with more properties of the persistence unit set or overridden. */
  public static EntityManagerFactory open(
      String url, String user, String password, Map<String, String> more) {
    Map<String, String> properties = new HashMap<>(more);
    properties.putAll(
        Map.of(
            "jakarta.persistence.transactionType",
            "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource",
            "",
            "jakarta.persistence.jdbc.driver",
            "org.mariadb.jdbc.Driver",
            "jakarta.persistence.jdbc.url",
            url,
            "jakarta.persistence.jdbc.user",
            user,
            "jakarta.persistence.jdbc.password",
            password));
    return Persistence.createEntityManagerFactory("ptk", properties);
  }
}
