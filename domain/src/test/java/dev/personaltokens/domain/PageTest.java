package dev.personaltokens.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

  @ParameterizedTest
  @CsvSource({
    "0, 10, 0",
    "1, 10, 1",
    "9, 10, 1",
    "10, 10, 1",
    "11, 10, 2",
    "20, 10, 2",
    "21, 10, 3",
    "5, 1, 5",
    "100, 100, 1",
    "101, 100, 2"
  })
  void countsPagesRoundingUp(long total, int size, long pages) {
    assertThat(new Page<>(List.of(), total, new PageRequest(1, size)).totalPages())
        .isEqualTo(pages);
  }

  @ParameterizedTest
  @CsvSource({
    // page, size, total, hasPrevious, hasNext
    "1, 10, 0, false, false",
    "1, 10, 10, false, false",
    "1, 10, 11, false, true",
    "2, 10, 11, true, false",
    "2, 10, 30, true, true",
    "3, 10, 30, true, false",
    "5, 10, 11, true, false"
  })
  void tellsWhetherThereArePagesBeforeAndAfter(
      int number, int size, long total, boolean hasPrevious, boolean hasNext) {
    Page<String> page = new Page<>(List.of(), total, new PageRequest(number, size));

    assertThat(page.hasPrevious()).as("hasPrevious").isEqualTo(hasPrevious);
    assertThat(page.hasNext()).as("hasNext").isEqualTo(hasNext);
  }

  @Test
  void keepsItsOwnUnmodifiableCopyOfTheItems() {
    List<String> items = new ArrayList<>(List.of("a", "b"));
    Page<String> page = new Page<>(items, 2, new PageRequest(1, 10));

    items.add("c");

    assertThat(page.items()).containsExactly("a", "b");
    assertThatThrownBy(() -> page.items().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
