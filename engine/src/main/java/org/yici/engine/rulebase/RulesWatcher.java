package org.yici.engine.rulebase;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yici.engine.YiciProperties;

/**
 * Reloads the rules when a file under {@code YICI_RULES_DIR} changes (folder mode only: in database
 * mode a change goes live by publishing it). Editors write a file in
 * several steps, so changes are debounced: the reload starts once the folder has been quiet for
 * {@code yici.rules.watch-debounce} (default 500 ms).
 */
@Component
class RulesWatcher implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final LiveRuleBook rules;
    private final YiciProperties properties;
    private final boolean enabled;
    private final Duration debounce;
    private WatchService watcher;
    private Thread thread;

    RulesWatcher(
            LiveRuleBook rules,
            YiciProperties properties,
            @Value("${yici.rules.watch:true}") boolean enabled,
            @Value("${yici.rules.watch-debounce:500ms}") Duration debounce) {
        this.rules = rules;
        this.properties = properties;
        this.enabled = enabled;
        this.debounce = debounce;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() throws IOException {
        if (!enabled || !rules.reloadable()) {
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        registerAll(properties.rulesDir());
        thread = new Thread(this::watch, "rules-watch");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for rule changes", properties.rulesDir());
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // Quiet period: keep draining until nothing happens for the debounce time.
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerAll(properties.rulesDir()); // a new matter folder gets watched too
                rules.reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("rules watch stopped; use POST /api/v1/admin/rules/reload", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void destroy() throws IOException {
        if (thread != null) {
            thread.interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
    }
}
