package org.doyak.handoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.CounselorHours;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.WeeklyHours;

/**
 * Counselors' hours per center: each conversation is answered by the hours of its center
 * ({@link Conversation#center()}; the default schedule without one), read from the dialogs in force (see
 * {@link CenterSchedule}), so a reload takes effect. {@code DOYAK_COUNSELOR_HOURS} ({@code always},
 * {@code never} or a weekly pattern) replaces the hours of every center; holidays still close. Immutable
 * and thread-safe.
 */
public final class BusinessHours implements CounselorHours {
    /** The default pattern. */
    public static final String DEFAULT = WeeklyHours.DEFAULT;
    /** The time zone of the patterns. */
    public static final ZoneId ZONE = WeeklyHours.ZONE;

    private final Optional<WeeklyHours> override;
    private final Supplier<Dialogs> dialogs;

    private BusinessHours(Optional<WeeklyHours> override, Supplier<Dialogs> dialogs) {
        this.override = override;
        this.dialogs = dialogs;
    }

    /**
     * Hours from the dialogs, or {@code override} for every center when given.
     *
     * @throws IllegalArgumentException on a malformed override, with what was expected
     */
    public static BusinessHours of(Optional<String> override, Supplier<Dialogs> dialogs) {
        try {
            return new BusinessHours(override.map(WeeklyHours::parse), dialogs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("counselor " + e.getMessage(), e);
        }
    }

    /**
     * One pattern for every center (tests, {@code DOYAK_COUNSELOR_HOURS}).
     *
     * @throws IllegalArgumentException on a malformed pattern, with what was expected
     */
    public static BusinessHours parse(String pattern, Supplier<Dialogs> dialogs) {
        return of(Optional.of(pattern), dialogs);
    }

    @Override
    public Optional<ZonedDateTime> nextOpening(Conversation conversation, Instant now) {
        return schedule(conversation == null ? "" : conversation.center()).nextOpening(now);
    }

    /**
     * The first center (in file order) other than the conversation's own whose counselors are in at
     * {@code now}; empty when none is.
     */
    @Override
    public Optional<String> openElsewhere(Conversation conversation, Instant now) {
        String own = conversation == null ? "" : conversation.center();
        return CenterSchedule.centerIds(dialogs.get()).stream().filter(id -> !id.equals(own))
                .filter(id -> schedule(id).isOpen(now)).findFirst();
    }

    /** The schedule of a center ("" or unknown: the default), as in force now. */
    public CenterSchedule schedule(String centerId) {
        return CenterSchedule.of(dialogs.get(), centerId, override);
    }

    /** For logs: the override in force, or that each center has its own. */
    @Override
    public String toString() {
        return override.map(WeeklyHours::toString).orElse("per center, from the dialogs");
    }
}
