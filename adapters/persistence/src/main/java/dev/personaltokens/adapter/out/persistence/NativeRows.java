package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/**
 * A native statement over several rows in one, however many: the placeholders of one row ({@code
 * "?"} in an {@code IN} list, {@code "(?, ?)"} in a {@code VALUES} list) written once for each, and
 * the rows' values bound to them in order - where a statement per row would cost a round trip each.
 */
final class NativeRows {

  private NativeRows() {}

  /**
   * {@code sql} with its one {@code %s} replaced by {@code row} once for each row of {@code values}
   * (as many values a row as {@code row} has placeholders), the values bound in their order.
   */
  static Query query(EntityManager em, String sql, String row, List<?> values) {
    int perRow = (int) row.chars().filter(c -> c == '?').count();
    if (perRow == 0 || values.isEmpty() || values.size() % perRow != 0) {
      throw new IllegalArgumentException(
          values.size() + " values for rows of " + perRow + " placeholders");
    }
    Query query =
        em.createNativeQuery(
            sql.formatted(String.join(", ", Collections.nCopies(values.size() / perRow, row))));
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }
}
