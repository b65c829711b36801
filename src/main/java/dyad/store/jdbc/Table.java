package dyad.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/** A table and its columns in the order rows are written; {@link Tables} holds the store's. */
record Table(String name, List<String> columns) {

    Table {
        columns = List.copyOf(columns);
    }

    static Table of(String name, Object... columns) {
        List<String> all = new ArrayList<>();
        for (Object c : columns) {
            if (c instanceof List<?> list) {
                list.forEach(x -> all.add((String) x));
            } else {
                all.add((String) c);
            }
        }
        return new Table(name, all);
    }

    /** {@code a, b, c}: the column list for INSERT, COPY and SELECT. */
    String columnList() {
        return String.join(", ", columns);
    }
}
