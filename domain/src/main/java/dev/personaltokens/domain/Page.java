package dev.personaltokens.domain;

import java.util.List;

/** The items of one page and how many there are in all. */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (total + request.size() - 1) / request.size();
  }

  public boolean hasNext() {
    return request.number() < totalPages();
  }

  public boolean hasPrevious() {
    return request.number() > 1;
  }
}
