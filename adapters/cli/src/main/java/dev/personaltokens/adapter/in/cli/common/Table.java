package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns padded to their widest cell. A listing cuts long cells with an ellipsis so that rows stay
 * on one line; a list of fields shows every value whole and has no heading.
 */
public final class Table {

  /** As wide as a token id, which is never cut. */
  public static final int MAX_CELL = 36;

  private final List<String> headers;
  private final int maxCell;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers, int maxCell) {
    this.headers = headers;
    this.maxCell = maxCell;
  }

  /** A listing with these column headings. */
  public static Table listing(String... headers) {
    return new Table(List.of(headers), MAX_CELL);
  }

  /** One thing's fields and values, one per line. */
  public static Table fields() {
    return new Table(List.of(), Integer.MAX_VALUE);
  }

  public Table row(String... cells) {
    List<String> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(cut(Text.printable(cell)));
    }
    rows.add(row);
    return this;
  }

  public void print(PrintWriter out) {
    List<List<String>> lines = new ArrayList<>();
    if (!headers.isEmpty()) {
      lines.add(headers);
    }
    lines.addAll(rows);
    int columns = lines.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int column = 0; column < line.size(); column++) {
        widths[column] = Math.max(widths[column], width(line.get(column)));
      }
    }
    lines.forEach(line -> print(out, line, widths));
  }

  private static void print(PrintWriter out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      String cell = cells.get(column);
      line.append(cell);
      if (column < cells.size() - 1) {
        line.append(" ".repeat(widths[column] - width(cell) + 2));
      }
    }
    out.println(line.toString().stripTrailing());
  }

  private String cut(String cell) {
    return width(cell) <= maxCell
        ? cell
        : cell.substring(0, cell.offsetByCodePoints(0, maxCell - 1)) + "…";
  }

  /** Characters as a person counts them; wide scripts and emoji are not measured. */
  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
