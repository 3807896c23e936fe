package org.yici.benchmarks.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;

/**
 * The JSON check without HTTP and database: the service's own request ({@link Workloads#PAPER_PACKAGE})
 * on the rules packaged with the build, so a run beside the service's shows what HTTP, JSON and the
 * database add to the rules.
 *
 * <pre>
 * java -cp benchmarks/target/yici-benchmarks.jar org.yici.benchmarks.service.InProcessCheck \
 *     rules|rules+json THREADS SECONDS
 * </pre>
 *
 * {@code rules} runs {@link Checker#check} on a request parsed once; {@code rules+json} also parses
 * the request body and writes the outcome as JSON each time. Five seconds of warm-up are not
 * measured. Prints one Markdown row as {@link ServiceLoad} does.
 */
public final class InProcessCheck {

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[0].equals("rules") || args[0].equals("rules+json"))) {
            System.err.println("usage: InProcessCheck rules|rules+json THREADS SECONDS");
            System.exit(2);
        }
        boolean withJson = args[0].equals("rules+json");
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Checker checker = new Checker(RuleBook.build(RuleSource.classpath()));
        CheckRequest parsed = json.readValue(Workloads.PAPER_PACKAGE, CheckRequest.class);
        String decision = checker.check(parsed).decision().name();
        if (!decision.equals("ACCEPTED")) {
            throw new IllegalStateException("the load request is expected to be accepted, got " + decision);
        }
        run(checker, json, parsed, withJson, threads, 5, new Latencies());
        Latencies latencies = new Latencies();
        double elapsed = run(checker, json, parsed, withJson, threads, seconds, latencies);
        System.out.println(latencies.row("in-process check (" + args[0] + ")", threads, elapsed));
    }

    /** Checks on {@code threads} threads for {@code seconds}; returns the seconds it ran. */
    private static double run(
            Checker checker,
            ObjectMapper json,
            CheckRequest parsed,
            boolean withJson,
            int threads,
            long seconds,
            Latencies latencies)
            throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        CheckRequest request =
                                withJson ? json.readValue(Workloads.PAPER_PACKAGE, CheckRequest.class) : parsed;
                        CheckOutcome outcome = checker.check(request);
                        if (withJson) {
                            json.writeValueAsBytes(outcome);
                        }
                        latencies.ok(System.nanoTime() - start);
                    } catch (Exception e) {
                        latencies.error(e.getClass().getSimpleName());
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
