package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Bot API call that hangs delays only its own chat, and a call whose outcome is unknown is never resent. */
class TelegramIsolationIT {
    @TempDir
    Path dir;

    @Test
    void a_hung_send_to_one_chat_does_not_delay_another_and_is_not_sent_twice() throws Exception {
        long hung = 61;
        long other = 62;
        FakeBotApi api = new FakeBotApi();
        TestServer server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of()));
        try {
            Updates updates = new Updates();
            long hangMillis = TelegramChannel.CALL_TIMEOUT.toMillis() + 5_000;
            api.hang("sendMessage", b -> b.path("chat_id").asLong() == hung, hangMillis);
            api.deliver(updates.text(hung, "ko", "/start"));
            Eventually.until(() -> api.textsTo(hung), t -> !t.isEmpty(), Duration.ofSeconds(30), "the hung send");
            long asked = System.nanoTime();
            api.deliver(updates.text(other, "ko", "/start"));
            Eventually.until(() -> api.textsTo(other), t -> !t.isEmpty(), Duration.ofSeconds(10),
                    "the other chat's reply while the first chat's send hangs");
            long waitedMs = (System.nanoTime() - asked) / 1_000_000;
            assertTrue(waitedMs < hangMillis / 2, "the other chat waited " + waitedMs + " ms");

            String first = api.textsTo(hung).get(0);
            api.deliver(updates.text(hung, "ko", "이력서 쓰는 법 알려줘"));
            // The chat's calls run one at a time: a second one arrives only once the hung call is given up.
            Eventually.until(() -> api.textsTo(hung), t -> t.size() >= 2, Duration.ofSeconds(60),
                    "the hung chat's next send, after its timed-out send was abandoned");
            List<String> texts = api.textsTo(hung);
            assertEquals(1, Collections.frequency(texts, first), "the timed-out message was not resent: " + texts);
        } finally {
            server.close();
            api.close();
        }
    }
}
