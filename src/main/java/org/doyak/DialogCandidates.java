package org.doyak;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.doyak.admin.Candidate;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.Name;
import org.doyak.nlu.opennlp.ModelStore;
import org.doyak.nlu.opennlp.NluModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds publish candidates: loads and checks the flows, content and intent files of a folder (logging
 * {@code validate}'s warnings), trains the intent model first when asked to and the stored one was trained
 * on other data, and starts the language layer on the folder's intents and content names. When the intent
 * files did not change, the serving version's model and synonyms are shared rather than read again, so a
 * text edit costs only the loading of the flows and content.
 */
final class DialogCandidates implements Candidate.Builder {
    private static final Logger LOG = LoggerFactory.getLogger(DialogCandidates.class);

    private final Path models;
    private final Clock clock;

    /**
     * @param models the folder of trained models (read, and written by a retrain)
     * @param clock gives today's date for relative dates in messages ("내일")
     */
    DialogCandidates(Path models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    @Override
    public Candidate build(Path dir, boolean retrain, Candidate serving) {
        DialogLoader.Result loaded = DialogLoader.load(dir, Actions.slots());
        NluModule sameIntents = !retrain && serving != null && serving.understander() instanceof NluModule n ? n
                : null;
        List<String> problems = new ArrayList<>(loaded.problems());
        if (sameIntents == null) {
            problems.addAll(IntentDataLoader.problems(dir));
        }
        if (!problems.isEmpty()) {
            return Candidate.refused(problems);
        }
        loaded.warnings("ko").forEach(w -> LOG.warn("dialogs: {}", w));
        if (retrain) {
            IntentData data = IntentDataLoader.load(dir);
            if (ModelStore.load(models, data).isEmpty()) {
                long start = System.nanoTime();
                ModelStore.trainAndSave(data, models);
                LOG.info("intent model retrained for the new intent files in {} ms",
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        List<Name> names = ContentNames.of(loaded.dialogs());
        NluModule nlu = sameIntents != null ? sameIntents.sharingModel(names, clock)
                : NluModule.start(dir, models, names, clock);
        return new Candidate(List.of(), loaded.dialogs(), nlu, nlu::close);
    }
}
