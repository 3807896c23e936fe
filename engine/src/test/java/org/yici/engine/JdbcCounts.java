package org.yici.engine;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the service asks of its database on the threads that matter (a JDBC proxy around the
 * pool): connections taken from the pool, statements sent (a JDBC batch is one), transactions
 * (each {@code commit()}, and each statement run in auto-commit, which is a transaction of its
 * own), and the SQL sent. Each of them is a round trip to PostgreSQL, and each transaction that
 * wrote something waits for the server's WAL flush; counts do not depend on the machine's load.
 */
public final class JdbcCounts {
    private final Predicate<Thread> counted;
    private final AtomicLong checkouts = new AtomicLong();
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final List<String> sql = new ArrayList<>();

    /** @param counted which threads' work is counted (e.g. the web server's request threads) */
    public JdbcCounts(Predicate<Thread> counted) {
        this.counted = counted;
    }

    /** Counts the work of Tomcat's request threads ({@code http-nio-PORT-exec-N}). */
    public static JdbcCounts ofRequestThreads() {
        return new JdbcCounts(t -> t.getName().contains("-exec-"));
    }

    /** Wraps the context's {@link DataSource}; register as a static {@code @Bean}. */
    public BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    /** What was counted since the last {@link #reset()}. */
    public record Snapshot(long checkouts, long statements, long transactions, List<String> sql) {
        /** One line per number, per {@code n} checks, for a test's output. */
        public String perCheck(long n) {
            return String.format(
                    Locale.ROOT,
                    "per check: %.2f pool checkouts, %.2f statements, %.2f transactions (commits)",
                    checkouts / (double) n,
                    statements / (double) n,
                    transactions / (double) n);
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(checkouts.get(), statements.get(), transactions.get(), List.copyOf(sql));
    }

    public synchronized void reset() {
        checkouts.set(0);
        statements.set(0);
        transactions.set(0);
        sql.clear();
    }

    private boolean counting() {
        return counted.test(Thread.currentThread());
    }

    private DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                if (counting()) {
                    checkouts.incrementAndGet();
                }
                return wrap(connection);
            }
            return result;
        });
    }

    private Connection wrap(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("commit") && counting()) {
                transactions.incrementAndGet();
            }
            if (result instanceof Statement statement) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return wrap(statement, target, text);
            }
            return result;
        });
    }

    private Statement wrap(Statement target, Connection connection, String preparedSql) {
        Class<?> type = target instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (method, args) -> {
            // getParameterMetaData: a describe round trip in pgjdbc (Spring asks it for a null's type).
            boolean sends =
                    method.getName().startsWith("execute") || method.getName().equals("getParameterMetaData");
            if (sends && counting()) {
                statements.incrementAndGet();
                if (method.getName().startsWith("execute") && connection.getAutoCommit()) {
                    transactions.incrementAndGet();
                }
                String text = preparedSql != null
                        ? preparedSql
                        : args != null && args.length > 0 && args[0] instanceof String s ? s : method.getName();
                if (method.getName().equals("getParameterMetaData")) {
                    text = "(parameter types of) " + text;
                }
                synchronized (this) {
                    sql.add(text.strip().replaceAll("\\s+", " "));
                }
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(JdbcCounts.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
