package org.yici.benchmarks.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;

/**
 * In-process check latency and throughput: one {@link Checker#check} per operation on a shared
 * rule book, requests taken in turn from a fixed, shuffled mix (see {@link Workload}). Modes,
 * threads and iteration times are set by {@link RulesBenchmarks}; run alone it is a plain JMH
 * benchmark ({@code -bm sample -t 2 -p ruleBase=generated-1500}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {
    @Param({"shipped", "generated-8", "generated-1500"})
    public String ruleBase;

    private Checker checker;
    private CheckRequest[] requests;

    @Setup(Level.Trial)
    public void setUp() {
        Workload workload = Workload.of(ruleBase);
        checker = new Checker(RuleBook.build(workload.source()));
        List<Workload.Case> cases = workload.cases();
        requests = new CheckRequest[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Workload.Case c = cases.get(i);
            CheckOutcome outcome = checker.check(c.request());
            if (c.decision() != null && !c.decision().equals(outcome.decision().name())) {
                throw new IllegalStateException(
                        ruleBase + ": request for " + c.request().matter() + " expected " + c.decision() + " but got "
                                + outcome.decision() + " " + outcome.findings());
            }
            requests[i] = c.request();
        }
    }

    /** Each thread walks the mix from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 7919 % Workload.MIX_SIZE);
        }

        int next(int size) {
            int i = next;
            next = next + 1 == size ? 0 : next + 1;
            return i;
        }
    }

    @Benchmark
    public CheckOutcome check(Cursor cursor) {
        return checker.check(requests[cursor.next(requests.length)]);
    }
}
