package org.doyak.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Random and hostile request bodies and values for the fuzzing suite, all drawn from one seeded {@link Random} so a
 * run can be repeated: random bytes, invalid UTF-8, JSON nested 10,000 deep, huge numbers, wrong types, NUL,
 * control and bidirectional characters, texts over 4,000 characters, bodies over 64 KiB, empty bodies, and
 * mutated Telegram updates with forged {@code callback_data}. Not thread-safe (one per test).
 */
final class HostileBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Field names the routes read, so random objects reach the handlers' checks. */
    private static final List<String> FIELDS = List.of("text", "payload", "lang", "center", "username", "password",
            "note", "followUp", "resume", "to", "q", "intent", "example", "status", "name", "contact", "id");
    /** Strings that broke parsers or displays somewhere. */
    private static final List<String> STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u202e1234\u202c", "\u2066x\u2069", "\u001b[31mred",
            "\r\n\r\nHTTP/1.1 200 OK", "<script>alert(1)</script>", "' OR 1=1 --",
            "../../etc/passwd", "%00", "%ZZ", "${jndi:ldap://x/a}", "{{7*7}}", "\uFEFF", "\uD800",
            "😀".repeat(50), "ko", "en", "yes", "delete_data", "counselor", "menu", "jeonbuk",
            "9".repeat(400), "-1", "NaN", "null", "true", "가".repeat(100));

    private final Random random;

    HostileBodies(Random random) {
        this.random = random;
    }

    /** One hostile body for a JSON route. */
    byte[] body() {
        return switch (random.nextInt(11)) {
            case 0 -> bytes(random.nextInt(3_000));
            case 1 -> invalidUtf8();
            case 2 -> deep();
            case 3 -> ("{\"" + field() + "\":" + hugeNumber() + "}").getBytes(UTF_8);
            case 4 -> ("{\"" + field() + "\":" + wrongType() + "}").getBytes(UTF_8);
            case 5 -> object(1 + random.nextInt(4)).getBytes(UTF_8);
            case 6 -> ("{\"text\":\"" + "가나다 ".repeat(1_001 + random.nextInt(600)) + "\"}").getBytes(UTF_8);
            case 7 -> new byte[0];
            case 8 -> ("{\"text\":\"" + "x".repeat(70_000) + "\"}").getBytes(UTF_8);
            case 9 -> ("{\"text\":\"" + string() + "\u0000\u0007\u202e" + string() + "\"}").getBytes(UTF_8);
            default -> ("{\"" + field() + "\":\"" + escape(string()) + "\"").getBytes(UTF_8);
        };
    }

    /** A Telegram update, valid in shape or not, often with a forged button. */
    byte[] update() {
        if (random.nextInt(4) == 0) {
            return body();
        }
        ObjectNode update = JSON.createObjectNode().put("update_id", random.nextInt(3) == 0 ? Long.MAX_VALUE
                : 10_000 + random.nextInt(1_000_000));
        long chat = random.nextInt(5) == 0 ? -random.nextInt(1_000) : 600 + random.nextInt(20);
        boolean press = random.nextBoolean();
        ObjectNode message = JSON.createObjectNode().put("message_id", random.nextInt(1000)).put("date", 1_700_000_000);
        message.putObject("chat").put("id", chat).put("type", random.nextInt(6) == 0 ? "supergroup" : "private");
        message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", string())
                .put("language_code", random.nextBoolean() ? "ko" : string());
        message.put("text", random.nextInt(6) == 0 ? "가".repeat(5_000) : string());
        if (press) {
            ObjectNode query = update.putObject("callback_query").put("id", "q" + random.nextInt())
                    .put("chat_instance", "ci").put("data", forgedData());
            query.set("from", message.get("from"));
            query.set("message", message);
        } else {
            update.set(random.nextInt(8) == 0 ? "edited_message" : "message", message);
        }
        if (random.nextInt(3) == 0) {
            ObjectNode target = press ? (ObjectNode) update.get("callback_query") : message;
            target.remove(List.of("chat", "from", "message", "text", "data").get(random.nextInt(5)));
        }
        if (random.nextInt(5) == 0) {
            message.put("chat", string());
        }
        return update.toString().getBytes(UTF_8);
    }

    /** A content type, right or wrong. */
    String contentType() {
        return List.of("application/json", "application/json", "text/plain", "application/xml", "",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
                "application/json; charset=latin1", "application/json; charset=\u0000", "*/*").get(random.nextInt(10));
    }

    /** A path segment: {@code real} most of the time, else a hostile one (URL-encoded). */
    String segment(String real) {
        if (real != null && random.nextInt(10) < 7) {
            return real;
        }
        return java.net.URLEncoder.encode(List.of("x", "../../etc/passwd", "\u0000", "%00", "가".repeat(300),
                "a".repeat(5_000), "\u202e", "1 OR 1=1", "-1", "9".repeat(50)).get(random.nextInt(10)), UTF_8)
                .replace("+", "%20");
    }

    /** A query value, URL-encoded. */
    String query() {
        return java.net.URLEncoder.encode(string(), UTF_8);
    }

    String string() {
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    private String field() {
        return FIELDS.get(random.nextInt(FIELDS.size()));
    }

    private String forgedData() {
        return switch (random.nextInt(6)) {
            case 0 -> "1234-".repeat(12_000);
            case 1 -> new String(bytes(64), UTF_8);
            case 2 -> "{\"payload\":\"delete_data\"}";
            case 3 -> "k:" + "f".repeat(64);
            case 4 -> "";
            default -> string();
        };
    }

    private String object(int fields) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < fields; i++) {
            switch (random.nextInt(4)) {
                case 0 -> o.put(field(), string());
                case 1 -> o.put(field(), random.nextLong());
                case 2 -> o.putArray(field()).add(string());
                default -> o.putObject(field()).put(field(), string());
            }
        }
        return o.toString();
    }

    private byte[] invalidUtf8() {
        byte[] head = ("{\"" + field() + "\":\"").getBytes(UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, (byte) 0x28, (byte) 0xA1,
            (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
            (byte) 0x80};
        byte[] tail = "\"}".getBytes(UTF_8);
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        return out;
    }

    private byte[] deep() {
        int depth = 10_000;
        return (random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(UTF_8);
    }

    private String hugeNumber() {
        return List.of("1e999999", "-1e999999", "9".repeat(5_000), "123456789012345678901234567890", "1.0e-99999",
                "-0", "0x10", "NaN", "Infinity").get(random.nextInt(9));
    }

    private String wrongType() {
        return List.of("[]", "{}", "true", "null", "42", "[\"a\",\"b\"]", "{\"nested\":{\"text\":\"hi\"}}", "\"\"",
                "-3.5").get(random.nextInt(9));
    }

    private byte[] bytes(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
