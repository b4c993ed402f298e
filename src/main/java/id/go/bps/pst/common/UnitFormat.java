package id.go.bps.pst.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The formatter behind {@code ${@unitFormat.dateTime(instant)}} in every page: it writes times in the zone of
 * the unit the page is about (a request's unit on the portal, the report's unit), which the controller
 * names with {@link #showIn(ZoneId)}; the default unit's zone when it names none or outside a request.
 */
public class UnitFormat {

  /** Request attribute holding the {@link ZoneId} of the page's unit. */
  public static final String ZONE_ATTRIBUTE = UnitFormat.class.getName() + ".zone";

  private final ZoneId defaultZone;

  public UnitFormat(ZoneId defaultZone) {
    this.defaultZone = defaultZone;
  }

  /** Names the zone of the unit the current page is about (no effect outside a web request). */
  public static void showIn(ZoneId zone) {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes != null && zone != null) {
      attributes.setAttribute(ZONE_ATTRIBUTE, zone, RequestAttributes.SCOPE_REQUEST);
    }
  }

  /** The formatter of the current page's unit. */
  public IndonesianFormat current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    Object zone = attributes == null ? null : attributes.getAttribute(ZONE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    return IndonesianFormat.in(zone instanceof ZoneId z ? z : defaultZone);
  }

  public ZoneId zone() {
    return current().zone();
  }

  public String dateTime(Instant instant) {
    return current().dateTime(instant);
  }

  /**
   * In the language of a visitor's page ({@code ${@unitFormat.dateTime(instant, #locale)}}): Indonesian as
   * {@link #dateTime(Instant)}, English as {@code 2 December 2026 10:42 WITA}. Staff pages use the one above.
   */
  public String dateTime(Instant instant, java.util.Locale locale) {
    return current().dateTime(instant, locale);
  }

  public String dateTime(Date date) {
    return current().dateTime(date);
  }

  public String date(Instant instant) {
    return current().date(instant);
  }

  public String date(LocalDate date) {
    return IndonesianFormat.date(date);
  }

  public String dayWithWeekday(LocalDate date) {
    return IndonesianFormat.dayWithWeekday(date);
  }

  public String time(Instant instant) {
    return current().time(instant);
  }

  public String zoneName() {
    return current().zoneName();
  }
}
