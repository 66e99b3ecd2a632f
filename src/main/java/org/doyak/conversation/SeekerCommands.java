package org.doyak.conversation;

import java.util.Optional;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.SystemText;
import org.doyak.nlu.ScriptLanguage;

/**
 * What a seeker's message does besides its meaning: slash commands ({@code /lang}, {@code /menu} and the
 * flows' commands), the language (followed as the seeker writes unless they chose one), and messages
 * while a counselor has the conversation (cancel, "still waiting"). One instance per turn.
 */
final class SeekerCommands {
    private final TriggerIndex index;
    private final Dialogs dialogs;
    private final FlowRunner runner;
    private final Replies replies;
    private final Runnable understood;

    SeekerCommands(TriggerIndex index, FlowRunner runner, Replies replies, Runnable understood) {
        this.index = index;
        this.dialogs = index.dialogs();
        this.runner = runner;
        this.replies = replies;
        this.understood = understood;
    }

    /** Runs a slash command; false when the text is none the bot knows. */
    boolean command(String text) {
        if (!text.startsWith("/")) {
            return false;
        }
        String[] parts = text.split("\\s+", 2);
        if ("/lang".equalsIgnoreCase(parts[0])) {
            switchLanguage(parts.length > 1 ? parts[1] : "toggle");
            return true;
        }
        Optional<Flow> flow = index.command(parts[0]);
        flow.ifPresent(f -> {
            understood.run();
            runner.start(f);
        });
        return flow.isPresent();
    }

    void whileWithPeople(String input) {
        if (Turn.CANCEL_HANDOFF.equals(input) || "/cancel".equalsIgnoreCase(input)) {
            if (runner.mode() == Mode.WAITING) {
                runner.handoffs().cancel();
                replies.system(dialogs.message(SystemText.HANDOFF_CANCELLED).in(replies.lang()));
            }
            return;
        }
        if (runner.mode() == Mode.WAITING) {
            replies.system(dialogs.message(SystemText.STILL_WAITING).in(replies.lang()));
        }
    }

    /** Answers in the language the seeker writes, unless they chose one themselves. */
    void followLanguage(String text) {
        if (!runner.slots().containsKey(Turn.LANG_CHOSEN)) {
            ScriptLanguage.confident(text).ifPresent(replies::lang);
        }
    }

    void switchLanguage(String lang) {
        runner.slots().put(Turn.LANG_CHOSEN, "yes");
        String wanted = "toggle".equalsIgnoreCase(lang.strip()) ? ("en".equals(replies.lang()) ? "ko" : "en")
                : lang.strip();
        replies.lang("en".equalsIgnoreCase(wanted) ? "en" : "ko");
        replies.system(dialogs.message(SystemText.LANGUAGE_SWITCHED).in(replies.lang()));
        runner.repeatQuestion();
    }
}
