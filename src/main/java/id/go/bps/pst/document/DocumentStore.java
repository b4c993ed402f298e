package id.go.bps.pst.document;

/**
 * Where document bytes live, by key. Stored objects are immutable: a key is written once.
 * The default keeps files on disk; an S3-compatible store can replace it by providing another bean.
 */
public interface DocumentStore {

  /** Stores the bytes under the key; fails if the key already exists. */
  void put(String key, byte[] bytes);

  /** The bytes stored under the key; {@link DocumentNotFoundException} if there are none. */
  byte[] get(String key);

  /** Removes the bytes under the key (retention of uploads); nothing happens when there are none. */
  default void delete(String key) {
    throw new UnsupportedOperationException("this document store cannot delete");
  }
}
