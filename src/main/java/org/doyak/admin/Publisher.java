package org.doyak.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.doyak.dialog.Dialogs;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the dialogs in force and swaps in new versions atomically. A publish reads the folder, loads and
 * checks it, trains the intents when they changed, runs the checks (the conversation tests), and only then
 * swaps flows, content and understander together; anything wrong is refused and the old version keeps
 * serving. Every publish is recorded. Publishes run one at a time on a background thread; {@link #dialogs()}
 * and {@link #understand} never block and always see one complete version. Thread-safe.
 */
public final class Publisher implements Understander, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

    private final Path dir;
    private final LastGood lastGood;
    private final Candidate.Builder builder;
    private final List<Candidate.Check> checks;
    private final PublishLog log;
    private final Clock clock;
    private final AtomicReference<Live> live = new AtomicReference<>();
    private volatile boolean checked;
    private volatile boolean closed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dialogs-publisher");
        t.setDaemon(true);
        return t;
    });

    private record Live(Candidate candidate, DialogsVersion version, Path source) {
    }

    private Publisher(Path dir, Path lastGood, Candidate.Builder builder, List<Candidate.Check> checks,
            PublishLog log, Clock clock) {
        this.dir = dir;
        this.lastGood = new LastGood(lastGood);
        this.builder = builder;
        this.checks = List.copyOf(checks);
        this.log = log;
        this.clock = clock;
    }

    /**
     * Loads {@code dir}. When it has problems and a last good copy exists, serves the copy and logs the
     * problems loudly (the next publish of {@code dir} that passes replaces it).
     *
     * @param dir the dialogs folder staff edit
     * @param lastGood where the copy of the last version that went live is kept
     * @param checks run on every publish after loading; at start only in the background ({@code checkAtStart})
     * @param checkAtStart whether to run the checks on the version in force in the background once it serves,
     *     so that they learn it (the first text edit then reruns only the conversation tests it touches)
     * @throws DialogsRefusedException when {@code dir} has problems and there is no usable copy
     */
    public static Publisher start(Path dir, Path lastGood, Candidate.Builder builder, List<Candidate.Check> checks,
            PublishLog log, Clock clock, boolean checkAtStart) {
        Publisher p = new Publisher(dir, lastGood, builder, checks, log, clock);
        DialogsVersion version = DialogsVersion.of(dir);
        Candidate candidate = builder.build(dir, false, null);
        if (candidate.ok()) {
            p.goLive(new Live(candidate, version, dir), dir);
            log.record(new PublishRecord(clock.instant(), "start", PublishRecord.PUBLISHED, List.of(), List.of()));
            if (checkAtStart) {
                p.worker.execute(p::checkLive);
            } else {
                p.checked = true;
            }
            return p;
        }
        p.checked = true;
        Candidate copy = p.lastGood.exists() ? builder.build(p.lastGood.dir(), false, null)
                : Candidate.refused(List.of());
        if (!copy.ok() || copy.dialogs() == null) {
            throw new DialogsRefusedException(candidate.problems());
        }
        LOG.error("\n!!! The dialogs in {} have {} problem(s); serving the LAST GOOD copy from {} until they are "
                + "fixed:\n{}\n!!!", dir, candidate.problems().size(), p.lastGood.dir(),
                String.join("\n", candidate.problems()));
        p.live.set(new Live(copy, DialogsVersion.of(p.lastGood.dir()), p.lastGood.dir()));
        log.record(new PublishRecord(clock.instant(), "start", PublishRecord.REFUSED, List.of(),
                candidate.problems()));
        return p;
    }

    /**
     * Whether the checks have run on the version in force since the start (at once when they were not to run
     * at start, or when the folder was refused): until then a text edit reruns every conversation test.
     */
    public boolean checkedSinceStart() {
        return checked;
    }

    /**
     * Runs the checks on the copy of the version in force, on the publisher's thread before any publish, and
     * tells them it is live when they pass; a failure is logged and changes nothing (the next publish then
     * runs every test).
     */
    private void checkLive() {
        Live current = live.get();
        try {
            List<String> problems = check(lastGood.dir(), current.candidate());
            if (problems.isEmpty()) {
                announce(current.candidate());
            } else {
                LOG.warn("the checks fail on the dialogs in force:\n{}", String.join("\n", problems));
            }
        } catch (RuntimeException e) {
            LOG.warn("could not run the checks on the dialogs in force: {}", e.toString());
        } finally {
            checked = true;
        }
    }

    /** The problems every check finds in {@code candidate}, built from {@code files}. */
    private List<String> check(Path files, Candidate candidate) {
        List<String> problems = new ArrayList<>();
        for (Candidate.Check check : checks) {
            problems.addAll(check.run(files, candidate));
        }
        return problems;
    }

    /** Tells every check that {@code candidate} is the version in force. */
    private void announce(Candidate candidate) {
        checks.forEach(check -> check.published(candidate));
    }

    /** The dialogs in force. */
    public Dialogs dialogs() {
        return live.get().candidate().dialogs();
    }

    /** Whether the service is serving the last good copy because the folder has problems. */
    public boolean servingLastGood() {
        return !live.get().source().equals(dir);
    }

    @Override
    public Understanding understand(String text, String languageHint) {
        return live.get().candidate().understander().understand(text, languageHint);
    }

    /**
     * Publishes the folder as it is now, after the publishes already queued.
     *
     * @param who the staff member, or what started it ({@code files}, {@code reload})
     * @return completes with the record (also stored) once the publish is done or refused
     */
    public CompletableFuture<PublishRecord> publish(String who) {
        return CompletableFuture.supplyAsync(() -> publishNow(who), worker);
    }

    private PublishRecord publishNow(String who) {
        Live current = live.get();
        DialogsVersion version;
        Path staged;
        try {
            staged = lastGood.stage(dir);
            version = DialogsVersion.of(staged);
        } catch (RuntimeException e) {
            return record(who, PublishRecord.REFUSED, List.of(), List.of(dir + ": " + e.getMessage()));
        }
        List<String> changes = version.changesSince(current.version());
        if (changes.isEmpty() && !servingLastGood()) {
            return new PublishRecord(clock.instant(), who, PublishRecord.UNCHANGED, List.of(), List.of());
        }
        Candidate candidate;
        List<String> problems;
        long start = System.nanoTime();
        long built;
        try {
            candidate = builder.build(staged, version.intentsChangedSince(current.version()), current.candidate());
            built = System.nanoTime();
            problems = new ArrayList<>(candidate.problems());
            if (candidate.ok()) {
                problems.addAll(check(staged, candidate));
            }
        } catch (RuntimeException e) {
            LOG.error("publishing {} failed", dir, e);
            return record(who, PublishRecord.REFUSED, changes, List.of(dir + ": " + e));
        }
        if (closed) {
            candidate.release().run();
            return new PublishRecord(clock.instant(), who, PublishRecord.REFUSED, changes, List.of("stopping"));
        }
        if (!problems.isEmpty()) {
            candidate.release().run();
            LOG.warn("publish refused ({}); the old version keeps serving:\n{}", who, String.join("\n", problems));
            return record(who, PublishRecord.REFUSED, changes, problems);
        }
        goLive(new Live(candidate, version, dir), staged);
        announce(candidate);
        LOG.info("published the dialogs ({}) in {} ms (loading {} ms, checks {} ms): {}", who,
                (System.nanoTime() - start) / 1_000_000, (built - start) / 1_000_000,
                (System.nanoTime() - built) / 1_000_000, String.join(", ", changes));
        return record(who, PublishRecord.PUBLISHED, changes, List.of());
    }

    /** Swaps {@code next} in and keeps {@code files} (the files it was built from) as the last good copy. */
    private void goLive(Live next, Path files) {
        Live old = live.getAndSet(next);
        if (old != null) {
            old.candidate().release().run();
        }
        try {
            lastGood.save(files);
        } catch (RuntimeException e) {
            LOG.warn("could not keep a last good copy: {}", e.getMessage());
        }
    }

    private PublishRecord record(String who, String result, List<String> changes, List<String> problems) {
        PublishRecord r = new PublishRecord(clock.instant(), who, result, changes, problems);
        try {
            log.record(r);
        } catch (RuntimeException e) {
            LOG.warn("could not record a publish: {}", e.toString());
        }
        return r;
    }

    /**
     * Stops the publisher: a publish under way is abandoned (it may finish training, up to half a minute, but
     * swaps and records nothing), then the serving version is freed.
     */
    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("a publish was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Live current = live.get();
        if (current != null) {
            current.candidate().release().run();
        }
    }
}
