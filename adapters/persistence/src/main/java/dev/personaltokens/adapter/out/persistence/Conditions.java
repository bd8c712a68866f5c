package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Email;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The WHERE of a JPQL query narrowed by a filter whose parts are optional, holding only the parts
 * present: the statement the database plans names just the columns it filters on, so it is served
 * by the index for those, and a page and its count share one WHERE.
 */
final class Conditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code clause}, which names the parameter {@code :name}, bound to {@code value}. */
  Conditions and(String clause, String name, Object value) {
    clauses.add(clause);
    parameters.put(name, value);
    return this;
  }

  /** The same when {@code value} is present; nothing otherwise. */
  Conditions and(String clause, String name, Optional<?> value) {
    return value.isPresent() ? and(clause, name, value.get()) : this;
  }

  /** {@code " WHERE a AND b"}, or nothing when there is no condition. */
  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Binds every parameter of the conditions to {@code query}. */
  <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * One page of the {@code entity} rows (aliased {@code alias} in the conditions) that meet them,
   * in {@code order}, each with the email of the account it belongs to ({@code alias.accountId}),
   * and their count. The email is a subquery per row of the page, not a join: joined, MariaDB reads
   * the accounts first and sorts every matching row instead of reading the page's index in order.
   */
  <E, T> Page<T> pageWithEmail(
      EntityManager em,
      Class<E> entity,
      String alias,
      String order,
      PageRequest page,
      BiFunction<E, Email, T> item) {
    String from = " FROM " + entity.getSimpleName() + " " + alias + where();
    long total =
        bind(em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class)).getSingleResult();
    List<T> items =
        bind(em.createQuery(
                "SELECT "
                    + alias
                    + ", (SELECT a.email FROM AccountEntity a WHERE a.id = "
                    + alias
                    + ".accountId)"
                    + from
                    + " ORDER BY "
                    + order,
                Object[].class))
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> item.apply(entity.cast(row[0]), new Email((String) row[1])))
            .toList();
    return new Page<>(items, total, page);
  }
}
