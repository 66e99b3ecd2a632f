package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doyak.dialog.load.Node.Where;

/**
 * Collects every problem found in the dialog files, so staff see them all at once. Each problem is
 * written in Korean and English; the {@code FILE:LINE:COLUMN:} prefix is the same in both. Not
 * thread-safe.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem at a place, in Korean and English. */
    public void add(Where where, String ko, String en) {
        list.add(new Problem(where, ko, en));
    }

    /** Records every problem of another collection. */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    /** True when nothing was recorded. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems in Korean, the staff's default language (see {@link #lines(String)}). */
    public List<String> lines() {
        return lines("ko");
    }

    /**
     * Problems sorted by file, line and column, each formatted {@code FILE:LINE:COLUMN: message}, without
     * repeats.
     *
     * @param lang {@code en} for English; anything else gives Korean
     */
    public List<String> lines(String lang) {
        return list.stream()
                .sorted(Comparator.comparing((Problem p) -> p.where().file())
                        .thenComparingInt(p -> p.where().line())
                        .thenComparingInt(p -> p.where().column()))
                .map(p -> p.where() + ": " + ("en".equals(lang) ? p.en() : p.ko()))
                .distinct()
                .toList();
    }

    /** One problem, said in both languages. */
    record Problem(Where where, String ko, String en) {
    }
}
