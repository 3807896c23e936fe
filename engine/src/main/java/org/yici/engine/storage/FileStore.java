package org.yici.engine.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded bytes stored once by content: {@code <dir>/<first two hex digits>/<sha256>}. The same
 * bytes always land on the same object, so a file sent with many checks (or a retried job) is kept
 * once. An object is written to a temporary file, forced to disk and then moved into place, so a
 * reader never sees half a file and a crash leaves at most a stray temporary file.
 */
@Component
public class FileStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path temp;

    FileStore(@Value("${yici.storage.dir:${yici.data-dir}/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve("tmp");
    }

    /** The object and whether this call created it (false: the same bytes were already stored). */
    public record Stored(String sha256, long size, boolean created) {}

    public Stored put(byte[] content) {
        String sha = sha256(content);
        Path target = pathOf(sha);
        if (Files.isRegularFile(target)) {
            return new Stored(sha, content.length, false);
        }
        try {
            Files.createDirectories(temp);
            Files.createDirectories(target.getParent());
            Path part = temp.resolve(sha + "." + UUID.randomUUID() + ".part");
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Only when tmp/ is on another file system than the objects (it never is by default).
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Stored(sha, content.length, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store uploaded file " + sha, e);
        }
    }

    /** The stored object of {@code sha256}, if there is one. */
    public Optional<Path> find(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    public byte[] read(String sha256) {
        Path path = find(sha256).orElseThrow(() -> new IllegalStateException("stored file missing: " + sha256));
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an object; callers make sure nothing refers to it any more. */
    void delete(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
