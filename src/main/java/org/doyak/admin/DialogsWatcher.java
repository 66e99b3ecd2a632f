package org.doyak.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a dialogs folder (and its subfolders, also ones created later) and calls back once the YAML
 * files have been quiet for a moment, so an editor's save of several files gives one callback.
 */
public final class DialogsWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DialogsWatcher.class);

    private final WatchService watcher;
    private final Duration quiet;
    private final Runnable onChange;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dialogs-watch-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    private DialogsWatcher(WatchService watcher, Duration quiet, Runnable onChange) {
        this.watcher = watcher;
        this.quiet = quiet;
        this.onChange = onChange;
    }

    /**
     * Starts watching.
     *
     * @param dir the dialogs folder
     * @param quiet how long the files must stay unchanged before {@code onChange} runs
     * @param onChange called on a background thread, never twice at once
     * @throws UncheckedIOException when the folder cannot be watched
     */
    public static DialogsWatcher start(Path dir, Duration quiet, Runnable onChange) {
        try {
            DialogsWatcher w = new DialogsWatcher(dir.getFileSystem().newWatchService(), quiet, onChange);
            w.registerTree(dir);
            Thread t = new Thread(w::loop, "dialogs-watcher");
            t.setDaemon(true);
            t.start();
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path base = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Path changed = event.context() instanceof Path p ? base.resolve(p) : base;
                    if (Files.isDirectory(changed) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        registerTree(changed);
                    }
                    relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || DialogsVersion.isYaml(changed)
                            || Files.isDirectory(changed);
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("stopped watching the dialogs: {}", e.toString());
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(this::fire, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("handling a dialogs change failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watcher: {}", e.toString());
        }
    }
}
