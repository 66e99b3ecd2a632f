package org.doyak.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * The steps that stay in the same flow (say, set, list, do, goto, branch) for {@link FlowRunner}. It
 * shares the runner's slots and replies; one instance per turn, not thread-safe.
 */
final class SimpleSteps {
    private final Dialogs dialogs;
    private final Map<String, Action> actions;
    private final Conversation conversation;
    private final Replies replies;
    private final Map<String, String> slots;

    SimpleSteps(Dialogs dialogs, Map<String, Action> actions, Conversation conversation, Replies replies,
            Map<String, String> slots) {
        this.dialogs = dialogs;
        this.actions = actions;
        this.conversation = conversation;
        this.replies = replies;
        this.slots = slots;
    }

    /** Runs a step that always goes on in the same flow; returns the index to continue with. */
    int next(Flow flow, int index, Step step) {
        if (step instanceof Step.Say say) {
            replies.bot(fill(say.text()), say.buttons());
        } else if (step instanceof Step.SetSlots set) {
            set.values().forEach((k, v) -> slots.put(k, Templates.fill(v, slots, replies.lang())));
        } else if (step instanceof Step.ListItems list) {
            replies.bot(ContentLister.render(list, dialogs.content().get(list.collection()), slots, replies.lang()),
                    List.of());
        } else if (step instanceof Step.Do call) {
            perform(call);
        } else if (step instanceof Step.Goto jump) {
            return flow.indexOf(jump.target()).orElseThrow();
        } else if (step instanceof Step.Branch branch) {
            for (Step.Case c : branch.cases()) {
                if (c.when().holds(slots)) {
                    return flow.indexOf(c.target()).orElseThrow();
                }
            }
            return branch.otherwise().map(t -> flow.indexOf(t).orElseThrow()).orElse(index + 1);
        }
        return index + 1;
    }

    private void perform(Step.Do call) {
        Map<String, String> args = new HashMap<>();
        call.with().forEach((k, v) -> args.put(k, Templates.fill(v, slots, replies.lang())));
        Action action = actions.get(call.action());
        if (action == null) {
            replies.system(fill(dialogs.message(SystemText.INTERNAL_ERROR)));
            return;
        }
        Action.Result result = action.run(new Action.Context(conversation.id(), conversation.channel(),
                replies.lang(), Map.copyOf(slots), Map.copyOf(args), replies.now()));
        result.slots().forEach((k, v) -> {
            if (v.isEmpty()) {
                slots.remove(k);
            } else {
                slots.put(k, v);
            }
        });
        result.replies().forEach(r -> replies.shown(r.text(), r.buttons()));
    }

    private String fill(Text text) {
        return Templates.fill(text, slots, replies.lang());
    }
}
