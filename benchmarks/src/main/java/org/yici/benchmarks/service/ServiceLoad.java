package org.yici.benchmarks.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded load driver for a running Yici on loopback.
 *
 * <pre>
 * java -cp benchmarks/target/yici-benchmarks.jar org.yici.benchmarks.service.ServiceLoad \
 *     MODE BASE_URL KEY THREADS SECONDS [ACK_FILE]
 * </pre>
 *
 * MODE is {@code json} (JSON-only checks), {@code scan} (checks with one scanned ID card page),
 * {@code window} (a logged-in clerk's paper check, POST to rendered result; KEY is
 * {@code user:password}) or {@code verify} (reads ACK_FILE and counts acknowledged checks the
 * service no longer has). With ACK_FILE, {@code json} appends the id of every acknowledged (201)
 * check as soon as it is acknowledged, so a kill -9 of the service can be checked afterwards.
 * Prints one Markdown table row.
 */
public final class ServiceLoad {

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ServiceLoad json|scan|window|verify BASE_URL KEY THREADS SECONDS [ACK_FILE]");
            System.exit(2);
        }
        String mode = args[0];
        URI base = URI.create(args[1]);
        String key = args[2];
        int threads = Integer.parseInt(args[3]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[4]));
        Path acks = args.length > 5 ? Path.of(args[5]) : null;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        if (mode.equals("verify")) {
            verify(new Workloads(http, base, key, false), acks);
            return;
        }
        Workloads workloads = new Workloads(http, base, key, mode.equals("scan"));
        Latencies latencies = new Latencies();
        AtomicBoolean running = new AtomicBoolean(true);
        BufferedWriter ackLog = acks == null
                ? null
                : Files.newBufferedWriter(
                        acks, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            WindowSession clerk = mode.equals("window") ? login(base, key) : null;
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        switch (mode) {
                            case "json" -> {
                                String id = workloads.jsonCheck();
                                record(latencies, start, id != null);
                                if (id != null && ackLog != null) {
                                    acknowledge(ackLog, id);
                                }
                            }
                            case "scan" -> record(latencies, start, workloads.scanCheck() != null);
                            case "window" -> {
                                if (clerk.paperCheck()) {
                                    latencies.ok(clerk.lastNanos());
                                } else {
                                    latencies.error("not accepted");
                                }
                            }
                            default -> throw new IllegalArgumentException("unknown mode " + mode);
                        }
                    } catch (IOException e) {
                        latencies.error(e.getClass().getSimpleName());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (ackLog != null) {
            ackLog.close();
        }
        System.out.println(latencies.row(mode, threads, seconds));
        if (latencies.errors() > 0) {
            System.err.println(mode + " errors: " + latencies.errorKinds());
        }
    }

    private static WindowSession login(URI base, String userAndPassword) throws IOException, InterruptedException {
        int colon = userAndPassword.indexOf(':');
        return new WindowSession(base, userAndPassword.substring(0, colon), userAndPassword.substring(colon + 1));
    }

    private static void record(Latencies latencies, long start, boolean ok) {
        if (ok) {
            latencies.ok(System.nanoTime() - start);
        } else {
            latencies.error("HTTP " + Workloads.LAST_STATUS.get());
        }
    }

    private static void acknowledge(BufferedWriter log, String id) throws IOException {
        synchronized (log) {
            log.write(id);
            log.newLine();
            log.flush();
        }
    }

    private static void verify(Workloads workloads, Path acks) throws IOException, InterruptedException {
        List<String> ids = Files.readAllLines(acks, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        int missing = 0;
        for (String id : ids) {
            if (!workloads.exists(id.strip())) {
                missing++;
            }
        }
        System.out.printf(Locale.ROOT, "acknowledged %d, missing after restart %d%n", ids.size(), missing);
        if (missing > 0) {
            System.exit(1);
        }
    }
}
