package org.doyak.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.conversation.Notices;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds seekers of their appointments: at {@value #DAY_BEFORE_HOUR}:00 the day before and at
 * {@value #ON_THE_DAY_HOUR}:00 on the day (Korean time), with buttons to change or cancel. Every
 * {@code tick} it plans reminders for appointments that have none (a reminder whose time had passed when
 * the appointment was booked is planned as dropped) and sends those due by the injected clock. Reminders
 * are rows in the {@link ReminderStore}, so they survive restarts; each is claimed with a conditional
 * update before it is sent, so it goes out once even with several instances. One that comes due after
 * its appointment started, or whose appointment was cancelled, is dropped; of two due together (the
 * service was down) only the later goes out. Thread-safe.
 */
public final class AppointmentReminders implements AutoCloseable {
    /** The hour of the reminder the day before. */
    public static final int DAY_BEFORE_HOUR = 18;
    /** The hour of the reminder on the day. */
    public static final int ON_THE_DAY_HOUR = 9;
    /** The payloads of the reminder's buttons (flows booking_change and booking_cancel). */
    static final String CHANGE = "booking_change";
    static final String CANCEL = "booking_cancel";
    private static final Logger LOG = LoggerFactory.getLogger(AppointmentReminders.class);

    private final ReminderStore store;
    private final Items items;
    private final Notices notices;
    private final Clock clock;
    private final String instance = UUID.randomUUID().toString();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reminders");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param store where reminders are kept
     * @param dialogs the dialogs in force (texts, center names)
     * @param notices how a reminder reaches the seeker
     * @param clock decides what is due
     */
    public AppointmentReminders(ReminderStore store, Supplier<Dialogs> dialogs, Notices notices, Clock clock) {
        this.store = store;
        this.items = new Items(dialogs);
        this.notices = notices;
        this.clock = clock;
    }

    /** Starts checking every {@code tick}; a failed check is logged and retried at the next. */
    public AppointmentReminders start(Duration tick) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                LOG.warn("reminder check failed (retried): {}", e.toString());
            }
        }, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Plans missing reminders and sends the due ones, once. */
    void check() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, UpcomingEvents.KOREA);
        List<Reminder> planned = new ArrayList<>();
        for (Appointment a : store.unplanned(today + "T00:00")) {
            planned.add(plan(a, Reminder.DAY_BEFORE, LocalDate.parse(a.startsAt().substring(0, 10)).minusDays(1)
                    .atTime(DAY_BEFORE_HOUR, 0)));
            planned.add(plan(a, Reminder.ON_THE_DAY, LocalDate.parse(a.startsAt().substring(0, 10))
                    .atTime(ON_THE_DAY_HOUR, 0)));
        }
        if (!planned.isEmpty()) {
            store.plan(planned);
        }
        Map<String, Reminder> latest = new HashMap<>();
        List<Reminder> due = store.due(now);
        due.forEach(r -> latest.merge(r.appointment().id(), r, (a, b) -> a.dueAt().isAfter(b.dueAt()) ? a : b));
        for (Reminder r : due) {
            Instant starts = start(r.appointment());
            if (!"booked".equals(r.appointment().status()) || !now.isBefore(starts) || latest.get(r.appointment()
                    .id()) != r) {
                store.drop(r.id());
            } else if (store.claim(r.id(), instance, now) && !notices.send(r.appointment().conversationId(),
                    c -> message(r, c.lang(), now))) {
                LOG.info("reminder {} not sent: its conversation is gone", r.id());
            }
        }
    }

    private static Reminder plan(Appointment a, String kind, LocalDateTime localDue) {
        Instant due = localDue.atZone(UpcomingEvents.KOREA).toInstant();
        boolean useful = due.isAfter(Instant.parse(a.createdAt())) && due.isBefore(start(a));
        return new Reminder(a.id() + ":" + kind, kind, due, useful ? "pending" : "dropped", a);
    }

    private static Instant start(Appointment a) {
        return LocalDateTime.of(LocalDate.parse(a.startsAt().substring(0, 10)), LocalTime.parse(a.startsAt()
                .substring(11))).atZone(UpcomingEvents.KOREA).toInstant();
    }

    private ChatMessage message(Reminder r, String lang, Instant now) {
        Appointment a = r.appointment();
        String center = items.of("centers").stream().filter(c -> a.centerId().equals(c.get("id"))).findFirst()
                .map(c -> Items.text(c, "name", lang)).orElse(a.centerId());
        SystemText text = Reminder.DAY_BEFORE.equals(r.kind()) ? SystemText.REMINDER_DAY_BEFORE
                : SystemText.REMINDER_ON_THE_DAY;
        return new ChatMessage("bot", "text", items.say(text, lang, Map.of("time", BookingSlots.show(a.startsAt(),
                lang), "center", center, "code", a.code())), List.of(
                        new Choice(items.say(SystemText.REMINDER_CHANGE, lang), CHANGE),
                        new Choice(items.say(SystemText.REMINDER_CANCEL, lang), CANCEL)), now);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
