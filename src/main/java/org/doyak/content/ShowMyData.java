package org.doyak.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.Action;
import org.doyak.dialog.SystemText;

/**
 * Shows the seeker what is kept about them (the right of access): how many messages are stored and when, the
 * consent, the answers kept (named by the content {@code my_data}; the rest counted), and every appointment,
 * callback request and counselor request; in the conversation's language, in messages of at most
 * {@value #MESSAGE_CHARS} characters. Reads only; texts come from {@code messages.yaml} and {@code my_data}.
 */
final class ShowMyData implements Action {
    static final int MESSAGE_CHARS = 480;
    private static final int VALUE_CHARS = 40;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final SeekerRecords records;
    private final Items items;

    ShowMyData(SeekerRecords records, Items items) {
        this.records = records;
        this.items = items;
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        Map<String, String> labels = items.labels("my_data", lang);
        SeekerExport export = records.export(context.conversationId(), context.channel(), lang, "", context.slots());
        SeekerExport.Records kept = export.records();
        List<String> lines = new ArrayList<>();
        lines.add(items.say(SystemText.MY_DATA_SUMMARY, lang, Map.of("messages", String.valueOf(kept.messages()),
                "first", shown(kept.firstMessageAt()), "last", shown(kept.lastMessageAt()),
                "consent", items.say(consent(export.consent()), lang))));
        lines.add(answers(export.answers(), labels, lang));
        kept.appointments().forEach(a -> lines.add(items.say(SystemText.MY_DATA_BOOKING, lang, Map.of(
                "code", a.code(), "center", centerName(a.centerId(), lang), "time", a.startsAt().replace('T', ' '),
                "status", word(labels, "status." + a.status())))));
        kept.callbacks().forEach(c -> lines.add(items.say(SystemText.MY_DATA_CALLBACK, lang, Map.of(
                "contact", c.contact(), "window", c.timeWindow(), "at", shown(c.requestedAt()),
                "status", word(labels, "status." + c.status())))));
        kept.handoffs().forEach(h -> lines.add(items.say(SystemText.MY_DATA_HANDOFF, lang, Map.of(
                "at", shown(h.requestedAt()), "reason", reason(h.reason(), lang),
                "status", word(labels, "status." + h.status())))));
        if (kept.appointments().isEmpty() && kept.callbacks().isEmpty() && kept.handoffs().isEmpty()) {
            lines.add(items.say(SystemText.MY_DATA_NO_RECORDS, lang));
        }
        return new Result(Map.of(), packed(lines));
    }

    private static SystemText consent(String consent) {
        return switch (consent) {
            case "yes" -> SystemText.MY_DATA_CONSENT_YES;
            case "no" -> SystemText.MY_DATA_CONSENT_NO;
            default -> SystemText.MY_DATA_CONSENT_NONE;
        };
    }

    private String centerName(String id, String lang) {
        return items.of("centers").stream().filter(c -> id.equals(c.get("id"))).findFirst()
                .map(c -> Items.text(c, "name", lang)).orElse(id);
    }

    /** Lines joined into as few messages as fit {@value #MESSAGE_CHARS} characters (a longer line is cut). */
    static List<Reply> packed(List<String> lines) {
        List<Reply> replies = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String cut = cut(line, MESSAGE_CHARS);
            if (current.length() > 0 && current.length() + 1 + cut.length() > MESSAGE_CHARS) {
                replies.add(new Reply(current.toString(), List.of()));
                current.setLength(0);
            }
            current.append(current.length() > 0 ? "\n" : "").append(cut);
        }
        if (current.length() > 0) {
            replies.add(new Reply(current.toString(), List.of()));
        }
        return replies;
    }

    /** {@code text} cut to {@code max} characters with an ellipsis. */
    static String cut(String text, int max) {
        String flat = text.strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** A stored instant as Korean local time, {@code -} when empty or unreadable. */
    static String shown(String instant) {
        try {
            return instant.isBlank() ? "-" : SHOWN.format(Instant.parse(instant));
        } catch (DateTimeParseException notAnInstant) {
            return instant;
        }
    }

    /**
     * The answers line: each slot the content {@code my_data} names ({@code slot.NAME}), in its order, with its
     * value cut to {@value #VALUE_CHARS} characters; then how many other answers are kept.
     */
    private String answers(Map<String, String> answers, Map<String, String> labels, String lang) {
        List<String> shown = new ArrayList<>();
        labels.forEach((id, label) -> {
            String value = id.startsWith("slot.") ? answers.getOrDefault(id.substring(5), "") : "";
            if (!value.isBlank()) {
                String plain = "slot.status".equals(id) ? Statuses.label(items, value, lang)
                        : value.replaceAll("\\s+", " ");
                shown.add(label + " " + cut(plain, VALUE_CHARS));
            }
        });
        long others = answers.entrySet().stream().filter(e -> !e.getValue().isBlank()
                && !"consent".equals(e.getKey()) && !labels.containsKey("slot." + e.getKey())).count();
        Map<String, String> values = Map.of("answers", String.join(", ", shown), "others", String.valueOf(others));
        return items.say(shown.isEmpty() ? SystemText.MY_DATA_NO_ANSWERS : SystemText.MY_DATA_ANSWERS, lang, values);
    }

    /** A status word of {@code my_data}, else the code as stored. */
    private static String word(Map<String, String> labels, String id) {
        String label = labels.get(id);
        return label == null || label.isBlank() ? id.substring(id.indexOf('.') + 1) : label;
    }

    /** Why the bot handed over, as the content {@code handoff_reasons} says it, else the code. */
    private String reason(String code, String lang) {
        return items.of("handoff_reasons").stream().filter(r -> code.equals(r.get("id"))).findFirst()
                .map(r -> Items.text(r, "text", lang)).orElse(code);
    }
}
