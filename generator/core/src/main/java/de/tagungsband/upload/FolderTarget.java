package de.tagungsband.upload;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** A plain folder as the target, such as a network share: the same plan and order as over SFTP. */
public final class FolderTarget implements UploadTarget {

    private final Path root;

    public FolderTarget(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String path, Path local) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(Manifest.temporaryName(target.getFileName().toString()));
        Files.copy(local, temporary, StandardCopyOption.REPLACE_EXISTING);
        move(temporary, target);
    }

    @Override
    public void write(String path, byte[] bytes) throws IOException {
        Path target = resolve(path);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(Manifest.temporaryName(target.getFileName().toString()));
        Files.write(temporary, bytes);
        move(temporary, target);
    }

    @Override
    public void delete(String path) throws IOException {
        Path target = resolve(path);
        Files.deleteIfExists(target);
        for (Path folder = target.getParent(); !folder.equals(root); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(folder);
        }
    }

    @Override
    public void append(String path, byte[] bytes) throws IOException {
        Files.createDirectories(root);
        Files.write(resolve(path), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public void close() {
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path resolve(String path) {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("not a path inside the target: " + path);
        }
        return resolved;
    }
}
