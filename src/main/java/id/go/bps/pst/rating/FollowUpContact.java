package id.go.bps.pst.rating;

/**
 * Who asked that their comment be followed up ("Saya ingin ditindaklanjuti"), and how to reach them.
 * Personal data: stored for the complaint, never logged. At least an e-mail address or a phone number.
 */
public record FollowUpContact(String name, String email, String phone) {}
