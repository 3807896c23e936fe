package org.yici.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long reading order takes on one core for a 300 dpi A4 page: a full application form (20
 * ruled rows, merged cells), a page of plain text and the form under heavy noise (sigma 60), each
 * phase apart. A program, not a test:
 * tests never time anything. Run from the repository root after a test compile:
 *
 * <pre>
 * ./mvnw -B -o -q -pl pdf-ingest -am test-compile
 * ./mvnw -B -o -q -pl pdf-ingest dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:ActiveProcessorCount=1 -cp pdf-ingest/target/test-classes:pdf-ingest/target/classes:$(cat pdf-ingest/target/cp.txt) \
 *     org.yici.ingest.ReadingOrderSpeed docs/benchmarks/reading-order.txt
 * </pre>
 */
final class ReadingOrderSpeed {
    private static final int WARM_UP = 30;
    private static final int RUNS = 60;

    private ReadingOrderSpeed() {}

    public static void main(String[] args) throws IOException {
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "reading order, 300 dpi A4 (%dx%d), median thread CPU time of %d runs after %d warm-up, ms%n",
                FormPage.WIDTH,
                FormPage.HEIGHT,
                RUNS,
                WARM_UP));
        report.append(String.format(
                Locale.ROOT,
                "%-10s %6s %6s %6s %6s %6s %6s%n",
                "page",
                "boxes",
                "mask",
                "skew",
                "rules",
                "tables",
                "total"));
        measure("form", form(), report);
        measure("plain", plain(), report);
        measure("noisy-form", form().noise(5, 60), report);
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report.toString(), StandardCharsets.UTF_8);
        }
    }

    private static void measure(String name, FormPage page, StringBuilder report) {
        // Thread CPU time: the machine is shared, and wall time there measures the neighbours.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] t = new long[5][RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long a = cpu.getCurrentThreadCpuTime();
            InkMask mask = InkMask.of(page.image(), 50);
            long b = cpu.getCurrentThreadCpuTime();
            double slope = PageSkew.slope(mask);
            long c = cpu.getCurrentThreadCpuTime();
            RuledLines.Found found = RuledLines.find(mask, slope);
            long d = cpu.getCurrentThreadCpuTime();
            RuledTables.find(found, mask);
            long e = cpu.getCurrentThreadCpuTime();
            List<List<TextBox>> lines = ReadingOrder.lines(page.boxes(), page.image());
            long f = cpu.getCurrentThreadCpuTime();
            if (lines.isEmpty()) {
                throw new IllegalStateException("no lines");
            }
            if (i >= WARM_UP) {
                int r = i - WARM_UP;
                t[0][r] = b - a;
                t[1][r] = c - b;
                t[2][r] = d - c;
                t[3][r] = e - d;
                t[4][r] = f - e;
            }
        }
        report.append(String.format(
                Locale.ROOT,
                "%-10s %6d %6.1f %6.1f %6.1f %6.1f %6.1f%n",
                name,
                page.boxes().size(),
                median(t[0]),
                median(t[1]),
                median(t[2]),
                median(t[3]),
                median(t[4])));
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    /** A full page form: title, 20 ruled rows with merged cells, a declaration below. */
    static FormPage form() {
        FormPage page = new FormPage();
        page.line(800, "个体工商户开业登记申请书").gap(40);
        FormPage.Table table = page.table(new int[] {300, 700, 300, 700}, rows(20, 130));
        for (int r = 0; r < 20; r++) {
            if (r % 5 == 4) {
                table.cell(r, 0, r + 1, 1, "经营场所").cell(r, 1, r + 1, 4, 0.2, "北京市海淀区中关村大街27号1101室");
            } else {
                table.cell(r, 0, r + 1, 1, "姓名")
                        .cell(r, 1, r + 1, 2, 0.1, "张三")
                        .cell(r, 2, r + 1, 3, "联系电话")
                        .cell(r, 3, r + 1, 4, 0.9, "13800000000");
            }
        }
        table.end();
        page.line(200, "本人承诺以上信息真实有效，如有虚假愿承担相应法律责任。");
        page.line(200, "申请人(签字)：", 1400, "日期：2025年6月1日");
        return page;
    }

    /** A page of contract text, 45 lines, some with two runs. */
    static FormPage plain() {
        FormPage page = new FormPage();
        page.line(800, "房屋租赁合同");
        for (int i = 0; i < 44; i++) {
            if (i % 4 == 0) {
                page.line(200, "出租方(甲方)：李四", 1400, "身份证号：110101198001011234");
            } else {
                page.line(200, "第" + (i + 1) + "条 甲方将位于北京市海淀区中关村大街27号的房屋出租给乙方使用，租期两年。");
            }
        }
        return page;
    }

    private static int[] rows(int n, int height) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(height);
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }
}
