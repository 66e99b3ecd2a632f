package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Payloads cut into notifications under PostgreSQL's 8,000-byte limit and put together again. */
class PiecesTest {

    @Test
    void a_long_korean_payload_with_emoji_travels_in_pieces_under_the_limit_and_arrives_whole() {
        String payload = "conv-1\n{\"text\":\"" + "상담사 답변 😀 ".repeat(700) + "\"}";
        List<String> notes = new Pieces().split("me", "web", payload);
        assertTrue(notes.size() > 1, "more than one notification: " + notes.size());
        notes.forEach(n -> assertTrue(n.getBytes(StandardCharsets.UTF_8).length < 8000, "under the limit"));
        Pieces receiver = new Pieces();
        Optional<Pieces.Whole> whole = Optional.empty();
        for (String note : notes) {
            assertTrue(whole.isEmpty(), "whole only with the last piece");
            whole = receiver.join("other", note);
        }
        assertEquals(new Pieces.Whole("web", payload), whole.orElseThrow());
    }

    @Test
    void an_instance_skips_its_own_payloads_and_malformed_notes() {
        Pieces pieces = new Pieces();
        String note = pieces.split("me", "console", "{}").get(0);
        assertEquals(Optional.empty(), pieces.join("me", note));
        assertEquals(Optional.of(new Pieces.Whole("console", "{}")), pieces.join("other", note));
        assertEquals(Optional.empty(), pieces.join("other", "no header"));
        assertEquals(Optional.empty(), pieces.join("other", "a|b|c|x|1\nbody"));
    }
}
