package dev.personaltokens.domain;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsPageNumberBelowOne(int number) {
    assertRejected(() -> new PageRequest(number, 10), "page.invalid", "page");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, 1000, Integer.MAX_VALUE})
  void rejectsPageSizeOutsideOneToHundred(int size) {
    assertRejected(() -> new PageRequest(1, size), "page_size.out_of_range", "page_size");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 99, 100})
  void acceptsPageSizeFromOneToHundred(int size) {
    assertThat(new PageRequest(1, size).size()).isEqualTo(size);
  }

  @ParameterizedTest
  @CsvSource({"1, 10, 0", "2, 10, 10", "3, 25, 50", "1, 1, 0", "7, 1, 6"})
  void offsetSkipsTheEarlierPages(int number, int size, long offset) {
    assertThat(new PageRequest(number, size).offset()).isEqualTo(offset);
  }

  @Test
  void offsetOfAHugePageNumberDoesNotOverflow() {
    assertThat(new PageRequest(Integer.MAX_VALUE, 100).offset())
        .isEqualTo((Integer.MAX_VALUE - 1L) * 100L);
  }

  @Test
  void defaultSizeIsTenAndMaximumIsHundred() {
    assertThat(PageRequest.DEFAULT_SIZE).isEqualTo(10);
    assertThat(PageRequest.MAX_SIZE).isEqualTo(100);
  }
}
