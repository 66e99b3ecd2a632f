package org.doyak.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The team lead's view: for each counselor whether they are online, their active conversations, how
 * many they closed today and the satisfaction answers of the last {@value #RATING_DAYS} days; for the
 * queue, today's waiting times (Korean day). Thread-safe.
 */
public final class TeamReport {
    /** How far back satisfaction answers are counted. */
    public static final int RATING_DAYS = 30;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Handoffs handoffs;
    private final StaffAccounts staff;
    private final Clock clock;

    /** Reads the queue and staff accounts; "today" by the clock in Korean time. */
    public TeamReport(Handoffs handoffs, StaffAccounts staff, Clock clock) {
        this.handoffs = handoffs;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * One counselor's day.
     *
     * @param satisfaction answers ({@code good}, {@code ok}, {@code bad}) by how often they were given
     */
    public record Counselor(String username, boolean online, int active, int closedToday,
            Map<String, Integer> satisfaction) {
    }

    /**
     * Today's queue in seconds: waits of handoffs claimed today, and of those still waiting now.
     *
     * @param medianWait median time from request to claim (0 when none was claimed)
     */
    public record Waiting(int openedToday, int claimedToday, long medianWait, long longestWait, int waitingNow,
            long longestWaitingNow) {
    }

    /**
     * The whole report.
     *
     * @param centers today's queue per center ("" for handoffs whose center is unknown), by center id
     */
    public record Report(List<Counselor> counselors, Waiting waiting, Map<String, Waiting> centers) {
    }

    /** The report now, with {@code online} the usernames connected to the console. */
    public Report now(Set<String> online) {
        Instant now = clock.instant();
        Instant dayStart = ZonedDateTime.ofInstant(now, SEOUL).truncatedTo(ChronoUnit.DAYS).toInstant();
        List<Handoff> touched = handoffs.touchedSince(dayStart);
        Map<String, Map<String, Integer>> ratings = new TreeMap<>();
        for (Handoff h : handoffs.ratedSince(now.minus(Duration.ofDays(RATING_DAYS)))) {
            if (h.counselor() != null) {
                ratings.computeIfAbsent(h.counselor(), k -> new TreeMap<>()).merge(h.satisfaction(), 1, Integer::sum);
            }
        }
        Set<String> names = new TreeSet<>(online);
        staff.all().stream().filter(m -> StaffAccounts.COUNSELOR.equals(m.role()))
                .forEach(m -> names.add(m.username()));
        List<Counselor> counselors = names.stream().map(name -> new Counselor(name, online.contains(name),
                (int) touched.stream().filter(h -> Handoff.ACTIVE.equals(h.status()) && name.equals(h.counselor()))
                        .count(),
                (int) touched.stream().filter(h -> Handoff.CLOSED.equals(h.status()) && name.equals(h.counselor())
                        && h.closedAt() != null && !Instant.parse(h.closedAt()).isBefore(dayStart)).count(),
                ratings.getOrDefault(name, Map.of()))).toList();
        return new Report(counselors, waiting(touched, dayStart, now), byCenter(touched, dayStart, now));
    }

    /** Today's queue per center ("" for handoffs whose center is unknown), by center id. */
    public Map<String, Waiting> waitingByCenter() {
        Instant now = clock.instant();
        Instant dayStart = ZonedDateTime.ofInstant(now, SEOUL).truncatedTo(ChronoUnit.DAYS).toInstant();
        return byCenter(handoffs.touchedSince(dayStart), dayStart, now);
    }

    private static Map<String, Waiting> byCenter(List<Handoff> touched, Instant today, Instant now) {
        Map<String, Waiting> out = new TreeMap<>();
        touched.stream().collect(Collectors.groupingBy(Handoff::center))
                .forEach((center, list) -> out.put(center, waiting(list, today, now)));
        return out;
    }

    private static Waiting waiting(List<Handoff> touched, Instant today, Instant now) {
        List<Long> waits = new ArrayList<>();
        List<Long> waitingNow = new ArrayList<>();
        int opened = 0;
        for (Handoff h : touched) {
            Instant created = Instant.parse(h.createdAt());
            opened += created.isBefore(today) ? 0 : 1;
            if (Handoff.WAITING.equals(h.status())) {
                waitingNow.add(Duration.between(created, now).toSeconds());
            } else if (h.claimedAt() != null && !Instant.parse(h.claimedAt()).isBefore(today)) {
                waits.add(Duration.between(created, Instant.parse(h.claimedAt())).toSeconds());
            }
        }
        waits.sort(null);
        return new Waiting(opened, waits.size(), waits.isEmpty() ? 0 : waits.get(waits.size() / 2),
                waits.isEmpty() ? 0 : waits.get(waits.size() - 1), waitingNow.size(),
                waitingNow.stream().mapToLong(Long::longValue).max().orElse(0));
    }
}
