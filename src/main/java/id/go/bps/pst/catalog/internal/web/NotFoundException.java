package id.go.bps.pst.catalog.internal.web;

/** A catalogue entry asked for by id does not exist (HTTP 404). */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
