package dev.personaltokens.adapter.in.cli.user;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * One page of a list that the API gives page by page (tokens, people), and how many pages the whole
 * list takes: what walking the list needs to know, whatever it lists.
 */
interface ListPage<T> {

  /** The most the API gives in one page: the fewest requests. */
  int MAX_SIZE = 100;

  List<T> items();

  long totalPages();

  /**
   * Every item of the list, page 1 first. A page is asked for only once the one before is used up,
   * so that a look-up that finds what it wants early asks no further; an empty page ends the list
   * whatever the pages' count said.
   */
  static <T> Stream<T> every(IntFunction<? extends ListPage<T>> fetch) {
    return Stream.iterate(
            new Numbered<T>(1, fetch.apply(1)), Objects::nonNull, page -> page.next(fetch))
        .flatMap(numbered -> numbered.page().items().stream());
  }

  /** A page with its number, which says which page comes next. */
  record Numbered<T>(int number, ListPage<T> page) {

    /** The next page, or null after the last. */
    Numbered<T> next(IntFunction<? extends ListPage<T>> fetch) {
      return number >= page.totalPages() || page.items().isEmpty()
          ? null
          : new Numbered<>(number + 1, fetch.apply(number + 1));
    }
  }
}
