package org.doyak.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.Action;
import org.doyak.nlu.NoClassifier;
import org.doyak.storage.Stores;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.testing.EngineHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionIT {
    @TempDir
    Path tmp;

    @Test
    void a_conversation_idle_past_the_retention_period_is_erased_and_a_recent_one_kept() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        try (EngineHarness engine = EngineHarness.start(tmp, Path.of("src/test/resources/engine-dialogs"),
                Map.of("shout", ctx -> new Action.Result(Map.of(), List.of())),
                new NoClassifier(), Clock.fixed(start, ZoneOffset.UTC))) {
            String old = engine.open("ko");
            engine.press(old, "profile");
            JdbiConversationStore store = new JdbiConversationStore(engine.database(), lang -> "");
            Clock later = Clock.fixed(start.plus(Duration.ofDays(91)), ZoneOffset.UTC);
            String recent = engine.open("ko");
            engine.database().jdbi().useHandle(h -> h.execute(
                    "UPDATE conversations SET updated_at = ? WHERE id = ?", later.instant().toString(), recent));
            Retention retention = new Retention(store, new Erasure(
                    Stores.on(engine.database(), lang -> "").erasureSteps()), later,
                    Duration.ofDays(90));

            assertEquals(1, retention.sweep());
            assertTrue(store.find(old).isEmpty(), "the old conversation is gone");
            assertEquals(0, store.history(old).size(), "and its messages");
            assertTrue(store.find(recent).isPresent(), "a recent one stays");
            assertEquals(0, retention.sweep(), "nothing left to erase");
        }
    }
}
