package dev.personaltokens.adapter.out.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailFastDataSourceTest {

  @Test
  void addsTheTimeoutsAndTheRoundsToAUrlWithoutOptions() {
    assertThat(FailFastDataSource.withTimeouts("jdbc:mariadb://db:3306/ptk"))
        .isEqualTo(
            "jdbc:mariadb://db:3306/ptk?connectTimeout=500&socketTimeout=500&retriesAllDown=6&deniedListTimeout=1000");
  }

  @Test
  void appendsToTheOptionsThereAre() {
    assertThat(
            FailFastDataSource.withTimeouts("jdbc:mariadb://db/ptk?createDatabaseIfNotExist=true"))
        .isEqualTo(
            "jdbc:mariadb://db/ptk?createDatabaseIfNotExist=true&connectTimeout=500&socketTimeout=500"
                + "&retriesAllDown=6&deniedListTimeout=1000");
  }

  @Test
  void keepsTheTimeoutsTheUrlSets() {
    assertThat(FailFastDataSource.withTimeouts("jdbc:mariadb://db/ptk?socketTimeout=30000"))
        .isEqualTo(
            "jdbc:mariadb://db/ptk?socketTimeout=30000&connectTimeout=500&retriesAllDown=6&deniedListTimeout=1000");
  }
}
