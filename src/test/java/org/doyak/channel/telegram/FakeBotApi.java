package org.doyak.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.doyak.testing.Eventually;

/**
 * A Bot API stand-in on loopback: serves queued updates to {@code getUpdates}, records every call, and
 * answers a scripted error to the next calls of a method when told to. Method names are compared
 * without case (the library lower-cases some of them in the path).
 */
public final class FakeBotApi implements AutoCloseable {
    static final String BOT_NAME = "doyak_test_bot";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATE = 1_700_000_000;

    /** A call the bot made: the method (lower case), its JSON body and when it arrived. */
    record Call(String method, JsonNode body, long atMillis) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();
    private final List<Long> polls = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final List<Hang> hangs = new ArrayList<>();
    /** Released when the stand-in closes, so a hung call does not outlive the test. */
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String webhookUrl = "";
    private int messageIds;
    private final Javalin server;

    private record Hang(String method, Predicate<JsonNode> when, long millis) {
    }

    private record Failure(String method, Predicate<JsonNode> when, int code, String description, Integer retryAfter,
            int[] remaining) {
    }

    /** Starts the stand-in on a free loopback port. */
    public FakeBotApi() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/{bot}/{method}", this::answer);
        }).start("127.0.0.1", 0);
    }

    /** Its base URL, for {@code DOYAK_TELEGRAM_API_URL}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Queues an update for {@code getUpdates}. */
    void deliver(ObjectNode update) {
        updates.add(update);
    }

    /**
     * Makes the next call of {@code method} that matches {@code when} hang: it answers after {@code millis},
     * or at once when the stand-in closes (a hung Bot API, not a pause in the test).
     */
    void hang(String method, Predicate<JsonNode> when, long millis) {
        synchronized (failures) {
            hangs.add(new Hang(method.toLowerCase(Locale.ROOT), when, millis));
        }
    }

    /** Makes the next {@code times} calls of {@code method} that match {@code when} fail. */
    void fail(String method, Predicate<JsonNode> when, int times, int code, String description, Integer retryAfter) {
        synchronized (failures) {
            failures.add(new Failure(method.toLowerCase(Locale.ROOT), when, code, description, retryAfter,
                    new int[] {times}));
        }
    }

    /** Every call of a method so far. */
    List<Call> calls(String method) {
        String wanted = method.toLowerCase(Locale.ROOT);
        return calls.stream().filter(c -> c.method().equals(wanted)).toList();
    }

    /** Waits until at least {@code count} calls of the method arrived, and returns them all. */
    List<Call> await(String method, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (calls(method).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " " + method + " calls, got " + calls(method));
            }
            Thread.sleep(20);
        }
        return calls(method);
    }

    /** When each {@code getUpdates} call arrived (epoch milliseconds), oldest first. */
    List<Long> polls() {
        return List.copyOf(polls);
    }

    /** Waits up to 20 s for a text with {@code part} to {@code chat}, among those after the first {@code skip}. */
    void awaitText(long chat, int skip, String part) {
        Eventually.until(() -> textsTo(chat), texts -> texts.stream().skip(skip).anyMatch(t -> t.contains(part)),
                Duration.ofSeconds(20), "a message with '" + part + "' to chat " + chat);
    }

    /** The texts sent so far to a chat, in order. */
    List<String> textsTo(long chatId) {
        List<String> texts = new ArrayList<>();
        calls("sendMessage").stream().filter(c -> c.body().path("chat_id").asLong() == chatId)
                .forEach(c -> texts.add(c.body().path("text").asText()));
        return texts;
    }

    private void answer(Context ctx) throws Exception {
        String method = ctx.pathParam("method").toLowerCase(Locale.ROOT);
        JsonNode body = body(ctx);
        if ("getupdates".equals(method)) {
            polls.add(System.currentTimeMillis());
        } else {
            calls.add(new Call(method, body, System.currentTimeMillis()));
        }
        Hang hang = takeHang(method, body);
        if (hang != null) {
            closed.await(hang.millis(), TimeUnit.MILLISECONDS);
        }
        Failure failure = takeFailure(method, body);
        if (failure != null) {
            ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", failure.code())
                    .put("description", failure.description());
            if (failure.retryAfter() != null) {
                error.putObject("parameters").put("retry_after", failure.retryAfter());
            }
            ctx.status(failure.code()).contentType("application/json").result(error.toString());
            return;
        }
        ctx.contentType("application/json").result(JSON.createObjectNode().put("ok", true)
                .set("result", result(method, body)).toString());
    }

    /** The call's parameters: a JSON body, or form fields (setWebhook is sent as multipart). */
    private static JsonNode body(Context ctx) throws Exception {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            ObjectNode fields = JSON.createObjectNode();
            ctx.formParamMap().forEach((name, values) -> fields.put(name, values.get(0)));
            return fields;
        }
        return ctx.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(ctx.body());
    }

    private JsonNode result(String method, JsonNode body) throws InterruptedException {
        switch (method) {
            case "getupdates":
                long offset = body.path("offset").asLong(0);
                List<ObjectNode> ready = updates.stream().filter(u -> u.path("update_id").asLong() >= offset)
                        .toList();
                if (ready.isEmpty()) {
                    Thread.sleep(100);
                }
                return JSON.valueToTree(ready);
            case "getme":
                return JSON.createObjectNode().put("id", 123).put("is_bot", true).put("first_name", "Doyak")
                        .put("username", BOT_NAME);
            case "getwebhookinfo":
                return JSON.createObjectNode().put("url", webhookUrl).put("has_custom_certificate", false)
                        .put("pending_update_count", 0);
            case "setwebhook":
                webhookUrl = body.path("url").asText();
                return JSON.getNodeFactory().booleanNode(true);
            case "deletewebhook":
                webhookUrl = "";
                return JSON.getNodeFactory().booleanNode(true);
            case "sendmessage":
                ObjectNode message = JSON.createObjectNode().put("message_id", nextMessageId()).put("date", DATE)
                        .put("text", body.path("text").asText());
                message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
                return message;
            default:
                return JSON.getNodeFactory().booleanNode(true);
        }
    }

    private synchronized int nextMessageId() {
        return ++messageIds;
    }

    private Hang takeHang(String method, JsonNode body) {
        synchronized (failures) {
            Hang hang = hangs.stream().filter(h -> h.method().equals(method) && h.when().test(body)).findFirst()
                    .orElse(null);
            hangs.remove(hang);
            return hang;
        }
    }

    private Failure takeFailure(String method, JsonNode body) {
        synchronized (failures) {
            for (Failure f : failures) {
                if (f.method().equals(method) && f.when().test(body) && f.remaining()[0] > 0) {
                    f.remaining()[0]--;
                    return f;
                }
            }
            return null;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop();
    }
}
