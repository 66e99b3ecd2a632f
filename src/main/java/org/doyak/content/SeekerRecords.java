package org.doyak.content;

import java.util.Map;

/** Reads what the service keeps about one seeker, for an export of their data. Thread-safe. */
@FunctionalInterface
public interface SeekerRecords {

    /** The rows kept about the conversation (none for an unknown or erased one). */
    SeekerExport.Records of(String conversationId);

    /** The whole export: these rows with the conversation's own fields and slots. */
    default SeekerExport export(String conversationId, String channel, String lang, String startedAt,
            Map<String, String> slots) {
        return new SeekerExport(channel, lang, startedAt, slots.getOrDefault("consent", ""), slots,
                of(conversationId));
    }
}
