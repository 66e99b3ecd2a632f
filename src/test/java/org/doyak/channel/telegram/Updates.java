package org.doyak.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds Telegram updates as the Bot API sends them (JSON), for tests. */
final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATE = 1_700_000_000;
    private final AtomicInteger nextId = new AtomicInteger(1000);

    /** A text message in a private chat (chat id = user id). */
    ObjectNode text(long chat, String lang, String text) {
        ObjectNode update = update();
        message(update.putObject("message"), chat, "private", lang).put("text", text);
        return update;
    }

    /** A button press on a message in a private chat. */
    ObjectNode press(long chat, String lang, String data) {
        ObjectNode update = update();
        ObjectNode query = update.putObject("callback_query").put("id", "q" + update.path("update_id").asInt())
                .put("chat_instance", "ci").put("data", data);
        user(query.putObject("from"), chat, lang);
        message(query.putObject("message"), chat, "private", lang).put("text", "(earlier message)");
        return update;
    }

    /** A message of another kind: {@code kind} is the field (sticker, photo...), with a minimal body. */
    ObjectNode other(long chat, String chatType, String field, ObjectNode content) {
        ObjectNode update = update();
        message(update.putObject("message"), chat, chatType, "ko").set(field, content);
        return update;
    }

    /** An edited text message in a private chat. */
    ObjectNode edited(long chat, String text) {
        ObjectNode update = update();
        message(update.putObject("edited_message"), chat, "private", "ko").put("text", text).put("edit_date", 1);
        return update;
    }

    /** A group or supergroup text message. */
    ObjectNode inGroup(long chat, String text) {
        ObjectNode update = update();
        message(update.putObject("message"), chat, "supergroup", "ko").put("text", text);
        return update;
    }

    /** A post in a channel. */
    ObjectNode channelPost(long chat, String text) {
        ObjectNode update = update();
        ObjectNode post = update.putObject("channel_post").put("message_id", 1).put("date", DATE).put("text", text);
        post.putObject("chat").put("id", chat).put("type", "channel").put("title", "news");
        return update;
    }

    static ObjectNode json() {
        return JSON.createObjectNode();
    }

    private ObjectNode update() {
        return JSON.createObjectNode().put("update_id", nextId.incrementAndGet());
    }

    private static ObjectNode message(ObjectNode message, long chat, String chatType, String lang) {
        message.put("message_id", 7).put("date", DATE);
        ObjectNode c = message.putObject("chat").put("id", chat).put("type", chatType);
        if (!"private".equals(chatType)) {
            c.put("title", "a group");
        }
        user(message.putObject("from"), Math.abs(chat) + 1, lang);
        if ("private".equals(chatType)) {
            user((ObjectNode) message.get("from"), chat, lang);
        }
        return message;
    }

    private static void user(ObjectNode user, long id, String lang) {
        user.put("id", id).put("is_bot", false).put("first_name", "Minji").put("language_code", lang);
    }
}
