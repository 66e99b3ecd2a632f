package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.doyak.conversation.ChatMessage;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiTelegramStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class RenderingTest {
    @TempDir
    Path dir;

    @Test
    void long_texts_are_split_under_telegrams_limit_at_line_breaks() {
        String paragraph = "가".repeat(3000);
        List<String> parts = Rendering.split(paragraph + "\n\n" + paragraph + "\n" + "나".repeat(5000), 4096);
        assertTrue(parts.stream().allMatch(p -> p.length() <= 4096), parts.toString());
        assertEquals(paragraph, parts.get(0));
        assertEquals(11_000, parts.stream().mapToInt(String::length).sum());
    }

    @Test
    void a_split_never_cuts_an_emoji_in_half() {
        String text = "a".repeat(4095) + "😀" + "b";
        List<String> parts = Rendering.split(text, 4096);
        assertEquals("a".repeat(4095), parts.get(0));
        assertEquals("😀b", parts.get(1));
    }

    @Test
    void buttons_go_under_the_last_part_and_long_payloads_become_stored_keys() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("t.db"))) {
            CallbackKeys keys = new CallbackKeys(new JdbiTelegramStore(db));
            String longPayload = "program:" + "국민취업지원제도".repeat(4);
            ChatMessage message = new ChatMessage("bot", "text", "x ".repeat(3000), List.of(
                    new ChatMessage.Choice("메뉴", "menu"), new ChatMessage.Choice("제도", longPayload)),
                    Instant.EPOCH);
            List<SendMessage> calls = Rendering.render(1, List.of(message), keys);
            assertEquals(2, calls.size());
            assertEquals(null, calls.get(0).getReplyMarkup());
            InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) calls.get(1).getReplyMarkup();
            assertEquals("menu", keyboard.getKeyboard().get(0).get(0).getCallbackData());
            String key = keyboard.getKeyboard().get(1).get(0).getCallbackData();
            assertTrue(key.startsWith("~") && key.length() <= CallbackKeys.MAX_BYTES, key);
            assertEquals(longPayload, new CallbackKeys(new JdbiTelegramStore(db)).decode(key),
                    "the key resolves after a restart");
            assertEquals("~unknown", keys.decode("~unknown"));
        }
    }

    @Test
    void commands_map_to_what_the_engine_understands() {
        assertEquals("counselor", Commands.inbound("/counselor").payload());
        assertEquals("delete_data", Commands.inbound("/delete@doyak_bot").payload());
        assertEquals("/menu", Commands.inbound("/MENU@doyak_bot").text());
        assertEquals("/lang en", Commands.inbound("/lang en").text());
        assertEquals(4000, Commands.inbound("가".repeat(4096)).text().length());
    }
}
