package id.go.bps.pst.document.internal;

/** What a renderer needs besides the data: the number, version and verification link of the document. */
public record RenderContext(String number, int version, String verificationUrl) {
}
