package org.doyak.content;

import java.util.List;
import java.util.Map;

/**
 * Everything the service keeps about one seeker's conversation, for the right of access ("내 정보 보기",
 * Telegram {@code /mydata}, {@code GET /api/web/sessions/{id}/export}): what was stored, as stored (personal
 * identifiers masked where they were masked on the way in; a contact given for a booking or callback as given).
 * Instants are ISO-8601 UTC; appointment times are local Korean times {@code YYYY-MM-DDTHH:MM}.
 *
 * @param channel {@code web} or {@code telegram}
 * @param lang the conversation's language
 * @param startedAt when the conversation began
 * @param consent the personal-data consent: {@code yes}, {@code no}, or {@code ""} when never asked
 * @param answers every slot stored for the conversation (answers, profile, the flows' bookkeeping)
 * @param records the rows other features keep
 */
public record SeekerExport(String channel, String lang, String startedAt, String consent, Map<String, String> answers,
        Records records) {

    /** Creates an immutable export. */
    public SeekerExport {
        answers = Map.copyOf(answers);
    }

    /**
     * The rows kept about a conversation outside its own record.
     *
     * @param messages how many messages (the seeker's, the bot's, counselors') are stored
     * @param firstMessageAt the first one's time, {@code ""} when none
     * @param lastMessageAt the last one's time, {@code ""} when none
     * @param appointments every appointment, booked or cancelled, by time
     * @param callbacks every callback request, oldest first
     * @param handoffs every request for a counselor, oldest first
     */
    public record Records(int messages, String firstMessageAt, String lastMessageAt, List<Appointment> appointments,
            List<CallbackRequest> callbacks, List<CounselorRequest> handoffs) {

        /** Creates immutable records. */
        public Records {
            appointments = List.copyOf(appointments);
            callbacks = List.copyOf(callbacks);
            handoffs = List.copyOf(handoffs);
        }
    }

    /**
     * A request to be called back.
     *
     * @param contact the phone number or e-mail given for it
     * @param timeWindow when the seeker asked to be called
     * @param status {@code open} or {@code done}
     * @param requestedAt when it was asked for
     */
    public record CallbackRequest(String contact, String timeWindow, String status, String requestedAt) {
    }

    /**
     * A request for a counselor (a handoff).
     *
     * @param reason why the bot handed over (an id of the content {@code handoff_reasons})
     * @param center the center whose queue it went to, {@code ""} when none
     * @param status {@code waiting}, {@code active}, {@code closed} or {@code cancelled}
     * @param requestedAt when it was asked for
     * @param closedAt when it ended, {@code ""} while open
     */
    public record CounselorRequest(String reason, String center, String status, String requestedAt, String closedAt) {
    }
}
