package org.doyak.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;

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
            return new Result(Map.of("booking_id", ""), List.of(new Reply(done
                    ? Items.say(context.lang(), "예약을 취소했어요.", "Your appointment is cancelled.")
                    : Items.say(context.lang(), "취소할 예약을 찾지 못했어요.", "I found no appointment to cancel."),
                    List.of(new Choice(Items.say(context.lang(), "처음 메뉴", "Main menu"), "menu")))));
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
            return notSaved(Items.say(lang, "오늘은 예약을 더 받을 수 없어요. 내일 다시 해 주시거나 센터에 전화해 주세요.",
                    "No more bookings can be made from here today. Please try tomorrow or call the center."));
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
            return notSaved(Items.say(lang, "이 연락처로 이미 예약된 상담이 있어요. 한 번에 하나만 예약할 수 있어요. "
                    + "바꾸시려면 '내 예약'에서 변경하거나 취소해 주세요.", "This contact already has a booked appointment; "
                    + "one at a time. To change it, use 'My booking' to change or cancel it first."));
        }
        if (outcome == Appointments.Outcome.SLOT_TAKEN) {
            return notSaved(Items.say(lang, "방금 그 시간이 마감됐어요. 다른 시간을 골라 주세요.",
                    "That slot was just taken. Please pick another."));
        }
        String text = (previous.isEmpty() ? Items.say(lang, "예약됐어요! ✅\n", "Booked! ✅\n") + line(appointment, lang)
                : Items.say(lang, "예약을 바꿨어요! ✅\n이전 (취소됨): ", "Your appointment is changed! ✅\nWas (cancelled): ")
                        + previous.substring(2) + Items.say(lang, "\n새 예약: ", "\nNow: ")
                        + line(appointment, lang).substring(2))
                + Items.say(lang, "\n예약번호 " + appointment.code() + ". 변경·취소는 '내 예약'에서 할 수 있어요. "
                + "신분증 등 준비물은 센터에 확인해 주세요.", "\nBooking code " + appointment.code()
                + ". Change or cancel it under 'My booking'. Ask the center what to bring.");
        return new Result(Map.of("booking_saved", "yes", "booking_id", appointment.id()), List.of(new Reply(text,
                List.of(new Choice(Items.say(lang, "내 예약", "My booking"), "my_booking"),
                        new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu")))));
    }

    private static Result notSaved(String text) {
        return new Result(Map.of("booking_saved", "no"), List.of(new Reply(text, List.of())));
    }

    private Result mine(Context context) {
        String lang = context.lang();
        List<Appointment> booked = appointments.booked(context.conversationId());
        if (booked.isEmpty()) {
            return new Result(Map.of("booking_id", ""), List.of(new Reply(Items.say(lang,
                    "예약된 상담이 없어요.", "You have no booked appointment."), List.of())));
        }
        List<String> lines = booked.stream().map(b -> line(b, lang) + " (" + b.code() + ")").toList();
        return new Result(Map.of("booking_id", booked.get(0).id(), "center", booked.get(0).centerId()),
                List.of(new Reply(Items.say(lang, "예약 내역이에요:\n", "Your appointments:\n")
                        + String.join("\n", lines), List.of())));
    }

    private String line(Appointment a, String lang) {
        String center = items.of("centers").stream().filter(c -> a.centerId().equals(c.get("id"))).findFirst()
                .map(c -> Items.text(c, "name", lang)).orElse(a.centerId());
        return "• " + BookingSlots.show(a.startsAt(), lang) + " — " + center + ", " + a.name();
    }
}
