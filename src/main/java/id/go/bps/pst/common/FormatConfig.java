package id.go.bps.pst.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page's unit's formatter as a bean ({@link UnitFormat}), so every page can write dates the one way without its controller
 * passing a formatter: {@code ${@unitFormat.dateTime(instant)}}.
 */
@Configuration
class FormatConfig {

  @Bean
  UnitFormat unitFormat(UnitProperties unit) {
    return new UnitFormat(unit.zoneId());
  }
}
