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
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The folder kind of {@link FileStore} ({@code yici.storage.kind=folder}, the default): {@code
 * <dir>/<first two hex digits>/<sha256>}. An object is written to a temporary file, forced to disk
 * and then moved into place, so a reader never sees half a file and a crash leaves at most a stray
 * temporary file. Only the process that owns the folder serves its files.
 */
class FolderFileStore implements FileStore {
    private final Path root;
    private final Path temp;

    FolderFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve("tmp");
    }

    @Override
    public Stored put(byte[] content) {
        String sha = FileStore.sha256(content);
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
    Optional<Path> find(String sha256) {
        if (!FileStore.isSha256(sha256)) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public boolean contains(String sha256) {
        return find(sha256).isPresent();
    }

    @Override
    public Optional<Resource> open(String sha256) {
        return find(sha256).map(FileSystemResource::new);
    }

    @Override
    public byte[] read(String sha256) {
        Path path = find(sha256).orElseThrow(() -> new IllegalStateException("stored file missing: " + sha256));
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asks and deletes without a lock: a request storing the same bytes meanwhile puts them back
     * after its commit ({@link CheckFiles}).
     */
    @Override
    public void deleteIfUnreferenced(String sha256, BooleanSupplier referenced) {
        if (!FileStore.isSha256(sha256) || referenced.getAsBoolean()) {
            return;
        }
        try {
            Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean transactional() {
        return false;
    }

    @Override
    public String describe() {
        return "folder " + root;
    }

    Path root() {
        return root;
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
