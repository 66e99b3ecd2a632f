package org.doyak.storage;

import java.beans.ConstructorProperties;

/**
 * A row of {@code conversations}, as stored; {@code version} is bumped by every stored change; {@code stepId}
 * names the waiting question (the place survives edits that renumber steps).
 */
public record ConversationRow(String id, String channel, String externalId, String tokenHash, String lang, String mode,
        String flow, int step, int retries, String stack, String slots, int misunderstandings, int lastSeq,
        String createdAt, String updatedAt, long version, String stepId) {

    @ConstructorProperties({"id", "channel", "external_id", "token_hash", "lang", "mode", "flow", "step", "retries",
        "stack", "slots", "misunderstandings", "last_seq", "created_at", "updated_at", "version", "step_id"})
    public ConversationRow {
    }
}
