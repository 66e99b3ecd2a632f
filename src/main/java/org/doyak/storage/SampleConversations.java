package org.doyak.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Made-up stored conversations for memory and retention runs: each a finished widget chat of four messages
 * (greeting and menu, a question and an answer), last active at a random time within a span of days before
 * now, so a retention run finds some old enough to erase. Written in batches straight to the tables.
 */
public final class SampleConversations {
    private static final int BATCH = 1_000;
    private static final String[][] MESSAGES = {
        {"user", "안녕하세요"},
        {"bot", "안녕하세요! 고용센터 안내 챗봇 도약이에요. 무엇을 도와드릴까요?"},
        {"user", "이력서 어떻게 써요"},
        {"bot", "이력서는 지원하는 일에 맞춰 경험을 숫자와 함께 적어 보세요."},
    };

    private SampleConversations() {
    }

    /**
     * Stores {@code count} conversations.
     *
     * @param spreadDays their last activity falls uniformly within this many days before {@code now}
     * @return how many were stored
     */
    public static int generate(Database db, int count, Instant now, int spreadDays) {
        int done = 0;
        while (done < count) {
            int size = Math.min(BATCH, count - done);
            db.write(h -> {
                PreparedBatch conversations = h.prepareBatch("INSERT INTO conversations (id, channel, external_id,"
                        + " token_hash, lang, mode, flow, step, retries, stack, slots, misunderstandings, last_seq,"
                        + " created_at, updated_at, version) VALUES (:id, 'web', :id, :token, 'ko', 'BOT', NULL, 0,"
                        + " 0, '[]', '{}', 0, :last, :at, :at, 1)");
                PreparedBatch messages = h.prepareBatch("INSERT INTO messages (conversation_id, seq, sender, kind,"
                        + " body, buttons, at) VALUES (:id, :seq, :sender, 'text', :body, '[]', :at)");
                for (int i = 0; i < size; i++) {
                    String id = UUID.randomUUID().toString();
                    Instant at = now.minus(Duration.ofSeconds(
                            ThreadLocalRandom.current().nextLong(Math.max(1, spreadDays * 86_400L))));
                    String time = at.toString();
                    conversations.bind("id", id).bind("token", UUID.randomUUID().toString())
                            .bind("last", MESSAGES.length).bind("at", time).add();
                    for (int seq = 0; seq < MESSAGES.length; seq++) {
                        messages.bind("id", id).bind("seq", seq + 1).bind("sender", MESSAGES[seq][0])
                                .bind("body", MESSAGES[seq][1]).bind("at", time).add();
                    }
                }
                conversations.execute();
                messages.execute();
                return null;
            });
            done += size;
        }
        return done;
    }
}
