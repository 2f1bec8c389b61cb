package org.njalla4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Columns aligned with two spaces, with an upper-case header row when column names are
 * given. Prints nothing when there are no rows.
 */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** Creates a table; {@code header} may be null for key/value lines. */
    Table(List<String> header) {
        this.header = header == null ? null
                : header.stream().map(name -> name.toUpperCase(Locale.ROOT)).toList();
    }

    Table add(List<String> row) {
        rows.add(List.copyOf(row));
        return this;
    }

    Table addAll(List<List<String>> more) {
        more.forEach(this::add);
        return this;
    }

    void print(PrintWriter out) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<String>> all = new ArrayList<>();
        if (header != null) {
            all.add(header);
        }
        all.addAll(rows);
        int[] widths = widths(all);
        for (List<String> row : all) {
            out.println(line(row, widths));
        }
    }

    private static int[] widths(List<List<String>> all) {
        int columns = all.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            line.append(cell);
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return line.toString().stripTrailing();
    }
}
