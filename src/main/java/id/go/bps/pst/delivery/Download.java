package id.go.bps.pst.delivery;

/** The bytes of one permitted download. */
public record Download(DeliveryFile file, byte[] bytes) {
}
