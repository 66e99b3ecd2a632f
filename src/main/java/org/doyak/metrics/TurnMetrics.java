package org.doyak.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Mode;
import org.doyak.conversation.TurnListener;

/**
 * Counts each stored seeker turn by channel ({@code doyak_turns_total}), times it from the moment the engine
 * took the message (the time stamped on it) to stored and delivered ({@code doyak_turn_seconds}, with a
 * histogram), and counts fallbacks (a turn the bot did not understand, {@code doyak_fallbacks_total}) and
 * handoffs (a turn that moved the conversation from the bot to the counselors' queue or a counselor,
 * {@code doyak_handoffs_total}).
 */
final class TurnMetrics implements TurnListener {
    private final MeterRegistry registry;
    private final Clock clock;

    TurnMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void turnStored(Conversation before, ConversationStore.Change change) {
        String channel = before.channel();
        Counter.builder("doyak.turns").description("Seeker turns stored").tag("channel", channel)
                .register(registry).increment();
        if (!change.messages().isEmpty()) {
            ChatMessage first = change.messages().get(0);
            Duration took = Duration.between(first.at(), clock.instant());
            Timer.builder("doyak.turn").description("Time from taking a seeker's message to its replies stored "
                    + "and delivered").publishPercentileHistogram().tag("channel", channel).register(registry)
                    .record(took.isNegative() ? Duration.ZERO : took);
        }
        if (change.conversation().misunderstandings() > before.misunderstandings()) {
            Counter.builder("doyak.fallbacks").description("Turns the bot did not understand")
                    .tag("channel", channel).register(registry).increment();
        }
        if (before.mode() == Mode.BOT && change.conversation().mode() != Mode.BOT) {
            Counter.builder("doyak.handoffs").description("Conversations handed to counselors")
                    .tag("channel", channel).register(registry).increment();
        }
    }
}
