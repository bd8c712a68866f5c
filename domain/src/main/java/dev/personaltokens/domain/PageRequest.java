package dev.personaltokens.domain;

/** One page of a listing: pages count from 1 and hold 1 to {@value #MAX_SIZE} items. */
public record PageRequest(int number, int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (number < 1) {
      throw new InvalidValueException("page.invalid", "page", "page must be 1 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidValueException(
          "page_size.out_of_range", "page_size", "page_size must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) (number - 1) * size;
  }
}
