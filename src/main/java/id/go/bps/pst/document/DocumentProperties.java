package id.go.bps.pst.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the document module (prefix {@code pst.documents}).
 *
 * @param storageDirectory where the file-system store keeps document bytes
 * @param sampleRows how many records of the real extract go into a microdata sample
 * @param store which {@link DocumentStore} holds the bytes: "filesystem" (the default) or the name of
 *     another store that provides its own bean
 */
@ConfigurationProperties(prefix = "pst.documents")
public record DocumentProperties(
    @DefaultValue("./data/documents") Path storageDirectory,
    @DefaultValue("10") int sampleRows,
    @DefaultValue("filesystem") String store) {

  public DocumentProperties {
    if (sampleRows < 1) {
      throw new IllegalArgumentException("pst.documents.sample-rows must be at least 1");
    }
  }
}
