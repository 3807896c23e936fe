package org.yici.engine.notice;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notice numbers per office and year, from a counter row locked while a number is taken: numbers
 * come out one at a time, and a transaction that rolls back gives its number back, so the
 * numbers of an office's year have no gaps and no duplicates.
 *
 * <p>On H2 the row lock alone is not enough: with a counter row created while others wait for it,
 * H2 2.3 now and then lets two transactions increment the same value (reproduced outside Spring:
 * about one round in thirty of 64 concurrent takers). An embedded H2 has one process, so there the
 * counter is also held by a lock in this JVM until the transaction ends.
 */
@Component
class NoticeNumbers {
    private static final Pattern SEQ = Pattern.compile("\\{seq(?::(\\d+))?}");

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final boolean embeddedH2;
    private final Map<String, ReentrantLock> inProcess = new ConcurrentHashMap<>();

    NoticeNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.embeddedH2 = isH2(dataSource);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the counter of {@code office} and {@code year} until the caller's transaction ends.
     * Call {@link #prepare} first, outside the transaction; then this, then {@link #next}; between
     * the two the caller may check whether it still needs a number.
     */
    void lock(String office, int year) {
        if (embeddedH2) {
            lockInProcess(office + "/" + year);
        }
        jdbc.sql("SELECT last_seq FROM notice_sequence WHERE office_code = :office AND notice_year = :year FOR UPDATE")
                .param("office", office)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    private void lockInProcess(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a notice number is taken inside a transaction");
        }
        ReentrantLock lock = inProcess.computeIfAbsent(key, k -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            return;
        }
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds notice numbers", e);
        }
    }

    /** The next sequence number, in the caller's transaction (which must hold {@link #lock}). */
    long next(String office, int year) {
        jdbc.sql(
                        "UPDATE notice_sequence SET last_seq = last_seq + 1 WHERE office_code = :office AND notice_year = :year")
                .param("office", office)
                .param("year", year)
                .update();
        return jdbc.sql("SELECT last_seq FROM notice_sequence WHERE office_code = :office AND notice_year = :year")
                .param("office", office)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    /**
     * Makes sure the counter row exists, so that it can be locked; two first takers race here, not
     * on the lock. Call outside a transaction that holds a connection: it may take a connection of
     * its own, and waiting for a second connection while holding one can exhaust the pool.
     */
    void prepare(String office, int year) {
        boolean exists =
                jdbc.sql("SELECT COUNT(*) FROM notice_sequence WHERE office_code = :office AND notice_year = :year")
                                .param("office", office)
                                .param("year", year)
                                .query(Long.class)
                                .single()
                        > 0;
        if (exists) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> jdbc.sql(
                            "INSERT INTO notice_sequence (office_code, notice_year, last_seq) VALUES (:office, :year, 0)")
                    .param("office", office)
                    .param("year", year)
                    .update());
        } catch (DuplicateKeyException e) {
            // Another taker created it first: fine, it starts at 0 either way.
        }
    }

    /** {@code {office}〔{year}〕{seq:5}号} with office 示政, 2026 and 42 gives 示政〔2026〕00042号. */
    static String format(String pattern, String office, int year, long seq) {
        String text =
                pattern.replace("{office}", office == null ? "" : office).replace("{year}", Integer.toString(year));
        Matcher m = SEQ.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String width = m.group(1);
            String value = width == null
                    ? Long.toString(seq)
                    : String.format(Locale.ROOT, "%0" + Integer.parseInt(width) + "d", seq);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
