package org.doyak.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.doyak.conversation.Action;
import org.doyak.dialog.SystemText;

/**
 * Books, shows and cancels the seeker's appointments. {@code mode: save} books {@code center} at
 * {@code time} for {@code name} / {@code contact} (and cancels {@code replace}, an earlier appointment's
 * id, when changing one, and then names the old and the new time); {@code mode: peek} sets
 * {@code existing_booking} and {@code existing_booking_shown} to the soonest appointment, silently (both
 * empty when there is none); {@code mode: mine} lists the conversation's appointments and sets
 * {@code booking_id} to the soonest (empty when none); {@code mode: cancel} cancels {@code id}.
 */
final class BookingDesk implements Action {
    private final Items items;
    private final Appointments appointments;
    private final BookingQuota quota;

    BookingDesk(Items items, Appointments appointments, BookingQuota quota) {
        this.items = items;
        this.appointments = appointments;
        this.quota = quota;
    }

    @Override
    public Set<String> slots() {
        return Set.of("booking_id", "booking_saved", "center", "existing_booking", "existing_booking_shown");
    }

    @Override
    public Result run(Context context) {
        String mode = context.args().getOrDefault("mode", "");
        if ("save".equals(mode)) {
            return save(context);
        }
        if ("cancel".equals(mode)) {
            boolean done = appointments.cancel(context.conversationId(), context.args().getOrDefault("id", ""));
            return new Result(Map.of("booking_id", ""), List.of(new Reply(items.say(done
                    ? SystemText.BOOKING_CANCELLED : SystemText.BOOKING_NOTHING_TO_CANCEL, context.lang()),
                    List.of(items.button(SystemText.BUTTON_MAIN_MENU, context.lang(), "menu")))));
        }
        if ("peek".equals(mode)) {
            List<Appointment> booked = appointments.booked(context.conversationId());
            return new Result(booked.isEmpty() ? Map.of("existing_booking", "", "existing_booking_shown", "")
                    : Map.of("existing_booking", booked.get(0).id(),
                            "existing_booking_shown", line(booked.get(0), context.lang())), List.of());
        }
        return mine(context);
    }

    private Result save(Context context) {
        String lang = context.lang();
        Map<String, String> a = context.args();
        String replace = a.getOrDefault("replace", "");
        String previous = appointments.booked(context.conversationId()).stream()
                .filter(b -> b.id().equals(replace)).findFirst().map(b -> line(b, lang)).orElse("");
        if (replace.isEmpty() && quota.take(context.conversationId()).isPresent()) { // a change books nothing new
            return notSaved(items.say(SystemText.BOOKING_DAILY_LIMIT, lang));
        }
        if (!replace.isEmpty()) {
            appointments.cancel(context.conversationId(), replace);
        }
        Appointment appointment = new Appointment(UUID.randomUUID().toString(), context.conversationId(),
                a.getOrDefault("center", ""), a.getOrDefault("time", ""), a.getOrDefault("name", "").strip(),
                a.getOrDefault("contact", "").strip(), "booked", context.now().toString());
        Appointments.Outcome outcome = appointment.startsAt().isEmpty() ? Appointments.Outcome.SLOT_TAKEN
                : appointments.book(appointment);
        if (outcome == Appointments.Outcome.CONTACT_HAS_ONE) {
            return notSaved(items.say(SystemText.BOOKING_CONTACT_HAS_ONE, lang));
        }
        if (outcome == Appointments.Outcome.SLOT_TAKEN) {
            return notSaved(items.say(SystemText.BOOKING_SLOT_TAKEN, lang));
        }
        String text = items.say(previous.isEmpty() ? SystemText.BOOKING_SAVED : SystemText.BOOKING_CHANGED, lang,
                Map.of("appointment", line(appointment, lang).substring(2), "previous",
                        previous.isEmpty() ? "" : previous.substring(2), "code", appointment.code()));
        return new Result(Map.of("booking_saved", "yes", "booking_id", appointment.id()), List.of(new Reply(text,
                List.of(items.button(SystemText.BUTTON_MY_BOOKING, lang, "my_booking"),
                        items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu")))));
    }

    private static Result notSaved(String text) {
        return new Result(Map.of("booking_saved", "no"), List.of(new Reply(text, List.of())));
    }

    private Result mine(Context context) {
        String lang = context.lang();
        List<Appointment> booked = appointments.booked(context.conversationId());
        if (booked.isEmpty()) {
            return new Result(Map.of("booking_id", ""), List.of(new Reply(items.say(SystemText.BOOKING_NONE, lang),
                    List.of())));
        }
        List<String> lines = booked.stream().map(b -> line(b, lang) + " (" + b.code() + ")").toList();
        return new Result(Map.of("booking_id", booked.get(0).id(), "center", booked.get(0).centerId()),
                List.of(new Reply(items.say(SystemText.BOOKING_LIST, lang,
                        Map.of("appointments", String.join("\n", lines))), List.of())));
    }

    private String line(Appointment a, String lang) {
        String center = items.of("centers").stream().filter(c -> a.centerId().equals(c.get("id"))).findFirst()
                .map(c -> Items.text(c, "name", lang)).orElse(a.centerId());
        return "• " + BookingSlots.show(a.startsAt(), lang) + " — " + center + ", " + a.name();
    }
}
