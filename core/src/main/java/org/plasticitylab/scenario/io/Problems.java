package org.plasticitylab.scenario.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;

/** Collects the problems of one file, placing each at the line and column of its path. */
final class Problems {
    private final LocatedTree tree;
    private final List<Problem> found = new ArrayList<>();

    Problems(LocatedTree tree) {
        this.tree = tree;
        found.addAll(tree.problems());
    }

    void add(String path, String message) {
        int[] at = tree.position(path);
        found.add(new Problem(at[0], at[1], path, message));
    }

    void add(Rejection r) {
        add(r.path(), r.reason());
    }

    int count() {
        return found.size();
    }

    /** Every problem, in file order (problems without a position last). */
    List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(found);
        list.sort(Comparator.comparingInt((Problem p) -> p.line() == 0 ? Integer.MAX_VALUE
                : p.line()).thenComparingInt(Problem::column));
        return list;
    }

    /** Reports every key of {@code object} that is not one of {@code known}. */
    void unknownKeys(JsonNode object, String path, Collection<String> known) {
        for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                add(Paths.key(path, key), Keys.unknown("key", key, known));
            }
        }
    }

    /**
     * Where a record constructor's complaint belongs: its messages start with the camelCase name
     * of the field they are about ({@code doseMgPerKg must be > 0 ...}), so the reason is
     * attached to that field's path and spoken in file keys.
     */
    static Rejection explain(String objectPath, Collection<String> fields,
            IllegalArgumentException e) {
        String message = Keys.snakeWords(String.valueOf(e.getMessage()));
        int space = message.indexOf(' ');
        String token = space < 0 ? message : message.substring(0, space);
        String field = token.split("[.\\[]", 2)[0];
        if (space > 0 && fields.contains(field)) {
            return new Rejection(Paths.key(objectPath, token), field,
                    message.substring(space + 1));
        }
        return new Rejection(objectPath, "", message);
    }

    /** A translated constructor complaint. */
    record Rejection(String path, String field, String reason) {
    }
}
