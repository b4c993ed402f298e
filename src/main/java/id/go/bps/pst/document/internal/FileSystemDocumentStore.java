package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentNotFoundException;
import id.go.bps.pst.document.DocumentStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps document bytes as files under a root directory; the key is the relative path. Writes go to a
 * temporary file first and are moved into place, so a reader never sees half a document.
 */
public class FileSystemDocumentStore implements DocumentStore {

  private final Path root;

  public FileSystemDocumentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] bytes) {
    Path target = resolve(key);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      try {
        Files.write(tmp, bytes);
        if (Files.exists(target)) {
          throw new FileAlreadyExistsException(key);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("document key already stored: " + key, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store document " + key, e);
    }
  }

  @Override
  public byte[] get(String key) {
    try {
      return Files.readAllBytes(resolve(key));
    } catch (NoSuchFileException e) {
      throw new DocumentNotFoundException("no stored bytes for " + key);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + key, e);
    }
  }

  @Override
  public void delete(String key) {
    try {
      Files.deleteIfExists(resolve(key));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete document " + key, e);
    }
  }

  private Path resolve(String key) {
    if (key == null || key.isBlank() || !key.matches("[A-Za-z0-9._/-]+") || key.contains("..")) {
      throw new IllegalArgumentException("invalid document key");
    }
    Path p = root.resolve(key).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("invalid document key");
    }
    return p;
  }
}
