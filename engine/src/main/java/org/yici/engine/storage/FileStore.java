package org.yici.engine.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Uploaded bytes stored once by content (SHA-256): the same bytes always land on the same object,
 * so a file sent with many checks (or a retried job) is kept once. Two kinds, chosen by {@code
 * yici.storage.kind} ({@link FileStoreConfiguration}): a local folder ({@link FolderFileStore}, the
 * embedded default) and rows in the service's database ({@link DatabaseFileStore}, which every node
 * on the same database shares).
 *
 * <p>Callers store bytes in the transaction that records the row naming them ({@link
 * CheckFiles#store}); a reader never sees half an object.
 */
public interface FileStore {
    Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** The object and whether this call created it (false: the same bytes were already stored). */
    record Stored(String sha256, long size, boolean created) {}

    /**
     * Stores {@code content}. The database kind joins the caller's transaction (or runs in its own),
     * so the object commits or rolls back with the row that names it.
     */
    Stored put(byte[] content);

    /** Whether the object of {@code sha256} is stored. */
    boolean contains(String sha256);

    /** The whole object; for callers that need the bytes anyway (ingest of a job's files). */
    byte[] read(String sha256);

    /**
     * The object as a resource that streams its bytes (a download), without reading it whole into
     * memory. Each {@link Resource#getInputStream()} is a new stream the caller closes.
     */
    Optional<Resource> open(String sha256);

    /**
     * Removes the object if {@code referenced} says nothing refers to it any more. The database kind
     * locks the object first, so a transaction that is storing the same bytes for a new row either
     * commits before {@code referenced} is asked (and is counted) or finds the object gone and
     * stores it again.
     */
    void deleteIfUnreferenced(String sha256, BooleanSupplier referenced);

    /**
     * Whether objects commit and roll back with the caller's transaction (the database kind). The
     * folder kind is not: {@link CheckFiles} removes what a rolled-back transaction stored.
     */
    boolean transactional();

    /** Where objects live, for messages ("folder /data/files", "database table file_object"). */
    String describe();

    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
