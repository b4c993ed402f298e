package id.go.bps.pst.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The unit's formatter as a bean, so every page can write dates the one way without its controller
 * passing a formatter: {@code ${@unitFormat.dateTime(instant)}}.
 */
@Configuration
class FormatConfig {

  @Bean
  IndonesianFormat unitFormat(UnitProperties unit) {
    return IndonesianFormat.in(unit.zoneId());
  }
}
