package org.doyak.handoff.console;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.doyak.conversation.Refusal;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.StaffMember;

/**
 * Which centers' handoffs a console list shows, from its {@code center} query parameter: absent or
 * {@code mine}, the counselor's own centers (every center for an account that names none); {@code all},
 * every center; a center id, that center alone. Handoffs without a center ("" : the seeker's center is
 * unknown) are in everyone's own list, so nobody misses them.
 */
final class CenterFilter {
    /** The parameter's value for every center. */
    static final String ALL = "all";
    /** The parameter's value for the counselor's own centers (the default). */
    static final String MINE = "mine";

    private CenterFilter() {
    }

    /** The centers a console request asks to see (its {@code center} parameter, its counselor). */
    static Predicate<String> of(Context ctx, Supplier<Dialogs> dialogs) {
        return of(ctx.queryParam("center"), ConsoleAuth.member(ctx), CenterSchedule.centerIds(dialogs.get()));
    }

    /**
     * The centers to show as a predicate on a handoff's center.
     *
     * @param param the query parameter, or null
     * @param me the logged-in counselor
     * @param known the centers of the dialogs in force
     * @throws Refusal {@code INVALID} for a center the dialogs do not have
     */
    static Predicate<String> of(String param, StaffMember me, List<String> known) {
        if (param == null || param.isBlank() || MINE.equals(param)) {
            return center -> center.isEmpty() || me.worksFor(center);
        }
        if (ALL.equals(param)) {
            return center -> true;
        }
        if (!known.contains(param)) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown center '" + param + "' (known: all, mine, "
                    + String.join(", ", known) + ")");
        }
        return param::equals;
    }
}
