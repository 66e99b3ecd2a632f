package org.doyak.admin;

import java.util.List;
import org.doyak.dialog.Dialogs;
import org.doyak.nlu.Understander;

/**
 * What a dialogs folder would serve if published: its flows and content, and an understander trained on
 * its intents; or the problems that stop it.
 *
 * @param problems {@code FILE:LINE:COLUMN: message} lines; empty when the folder is valid
 * @param dialogs the loaded dialogs, or null when there are problems
 * @param understander the understander for these dialogs, or null when there are problems
 * @param release frees what the understander holds (threads, models); called once the version is retired
 */
public record Candidate(List<String> problems, Dialogs dialogs, Understander understander, Runnable release) {

    /** Creates an immutable candidate. */
    public Candidate {
        problems = List.copyOf(problems);
    }

    /** A folder that cannot be published. */
    public static Candidate refused(List<String> problems) {
        return new Candidate(problems, null, null, () -> { });
    }

    /** Whether it can be published. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** Builds the candidate of a dialogs folder. Implementations may take seconds (training). */
    @FunctionalInterface
    public interface Builder {

        /**
         * @param dir the dialogs folder
         * @param retrain true when the intent files changed since the serving version: the understander must
         *     be trained on the new data before this returns, never serve a stale model
         * @param serving the version in force (its intent model may be shared when {@code retrain} is false;
         *     it stays usable until it is released), or null at start
         * @return the candidate; problems in the files are returned, not thrown
         */
        Candidate build(java.nio.file.Path dir, boolean retrain, Candidate serving);
    }

    /** A check a candidate must pass before it goes live (e.g. the conversation tests). */
    @FunctionalInterface
    public interface Check {

        /**
         * @param dir the candidate's folder
         * @param candidate a valid candidate
         * @return problems, each naming its file and line where it can; empty when it passes
         */
        List<String> run(java.nio.file.Path dir, Candidate candidate);

        /** Told that {@code candidate} went live (after {@link #run} passed on it, or at start). */
        default void published(Candidate candidate) {
        }
    }
}
