package id.go.bps.pst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Repositories are made on first use (`spring.data.jpa.repositories.bootstrap-mode: lazy`, for the cold
 * start), so a query that does not fit the entities would no longer stop the start-up. This test makes
 * every repository, which checks each of its queries against the entities, as the start-up did before.
 */
class RepositoriesTest extends SharedContextTest {

  @Autowired
  ApplicationContext context;

  @Test
  @SuppressWarnings("rawtypes")
  void everyRepositoryAndEachOfItsQueriesCanBeMade() {
    Map<String, JpaRepository> repositories = context.getBeansOfType(JpaRepository.class);
    assertThat(repositories).as("the application's repositories").hasSizeGreaterThanOrEqualTo(10);
    // the first call makes the repository behind the lazy proxy; a query that cannot be made throws here
    repositories.forEach((name, repository) -> assertThatCode(repository::count).as(name).doesNotThrowAnyException());
  }
}
