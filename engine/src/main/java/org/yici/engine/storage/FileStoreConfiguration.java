package org.yici.engine.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@link FileStore} that {@code yici.storage.kind} names: {@code folder} (default; {@code
 * yici.storage.dir}, one process) or {@code database} (the service's database, shared by every node
 * on it).
 */
@Configuration(proxyBeanMethods = false)
public class FileStoreConfiguration {

    /** The kinds {@code yici.storage.kind} accepts. */
    public enum Kind {
        FOLDER,
        DATABASE
    }

    @Bean
    FileStore fileStore(
            @Value("${yici.storage.kind:folder}") String kind,
            @Value("${yici.storage.dir:${yici.data-dir}/files}") Path dir,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        return switch (kind(kind)) {
            case FOLDER -> new FolderFileStore(dir);
            case DATABASE -> new DatabaseFileStore(dataSource, transactionManager, clock);
        };
    }

    static Kind kind(String setting) {
        try {
            return Kind.valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "yici.storage.kind must be folder or database, not '" + setting + "'", e);
        }
    }
}
