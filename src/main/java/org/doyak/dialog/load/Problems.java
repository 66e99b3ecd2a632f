package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doyak.dialog.load.Node.Where;

/** Collects every problem found in the dialog files, so staff see them all at once. Not thread-safe. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem at a place. */
    public void add(Where where, String message) {
        list.add(new Problem(where, message));
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Problems sorted by file, line and column, each formatted {@code FILE:LINE:COLUMN: message}. */
    public List<String> lines() {
        return list.stream()
                .sorted(Comparator.comparing((Problem p) -> p.where().file())
                        .thenComparingInt(p -> p.where().line())
                        .thenComparingInt(p -> p.where().column()))
                .map(p -> p.where() + ": " + p.message())
                .distinct()
                .toList();
    }

    /** One problem. */
    record Problem(Where where, String message) {
    }
}
