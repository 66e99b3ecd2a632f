package org.doyak.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How {@link PostgresFanout} cuts a payload into notifications and puts it together again. Each notification
 * is a header line {@code origin|topic|id|index|count} and a piece of at most {@link PostgresFanout#PIECE}
 * characters (never splitting a surrogate pair). Joining is done by the one listener thread; not thread-safe.
 */
final class Pieces {
    /** Payloads being put together; bounded, as pieces of one payload arrive together. */
    private static final int MAX_OPEN = 64;

    /** A payload put together again. */
    record Whole(String topic, String payload) {
    }

    private final Map<String, String[]> open = new LinkedHashMap<>();

    List<String> split(String origin, String topic, String payload) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        do {
            int end = Math.min(payload.length(), at + PostgresFanout.PIECE);
            if (end < payload.length() && Character.isHighSurrogate(payload.charAt(end - 1))) {
                end--;
            }
            parts.add(payload.substring(at, end));
            at = end;
        } while (at < payload.length());
        String id = UUID.randomUUID().toString();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            notes.add(origin + "|" + topic + "|" + id + "|" + i + "|" + parts.size() + "\n" + parts.get(i));
        }
        return notes;
    }

    /** The whole payload once its last piece arrived; empty for pieces of our own ({@code self}) or malformed. */
    Optional<Whole> join(String self, String note) {
        int newline = note.indexOf('\n');
        String[] header = newline < 0 ? new String[0] : note.substring(0, newline).split("\\|");
        if (header.length != 5 || header[0].equals(self)) {
            return Optional.empty();
        }
        String body = note.substring(newline + 1);
        int index;
        int count;
        try {
            index = Integer.parseInt(header[3]);
            count = Integer.parseInt(header[4]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (count == 1) {
            return Optional.of(new Whole(header[1], body));
        }
        if (index < 0 || index >= count) {
            return Optional.empty();
        }
        if (open.size() >= MAX_OPEN) {
            open.remove(open.keySet().iterator().next());
        }
        String[] parts = open.computeIfAbsent(header[2], k -> new String[count]);
        if (parts.length != count) {
            return Optional.empty();
        }
        parts[index] = body;
        for (String part : parts) {
            if (part == null) {
                return Optional.empty();
            }
        }
        open.remove(header[2]);
        return Optional.of(new Whole(header[1], String.join("", parts)));
    }
}
