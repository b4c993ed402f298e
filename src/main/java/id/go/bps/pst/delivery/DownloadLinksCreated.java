package id.go.bps.pst.delivery;

import java.time.Instant;

/**
 * The download links of a handed-over sale exist now ({@code files} of them; 0 when nothing is
 * delivered as a softcopy), so the visitor can be told the product is ready.
 */
public record DownloadLinksCreated(String requestNumber, int files, Instant occurredAt) {
}
