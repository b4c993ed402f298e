package id.go.bps.pst.document.internal;

import id.go.bps.pst.document.DocumentProperties;
import id.go.bps.pst.document.DocumentStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default document store: files under {@code pst.documents.storage-directory}. Another store (e.g.
 * S3-compatible) sets {@code pst.documents.store} to its own name and provides a {@link DocumentStore} bean.
 */
@Configuration(proxyBeanMethods = false)
public class DocumentStoreConfiguration {

  @Bean
  @ConditionalOnProperty(name = "pst.documents.store", havingValue = "filesystem", matchIfMissing = true)
  DocumentStore fileSystemDocumentStore(DocumentProperties properties) {
    return new FileSystemDocumentStore(properties.storageDirectory());
  }
}
