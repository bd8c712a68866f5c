package dev.personaltokens.adapter.out.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailFastDataSourceTest {

  @Test
  void addsTheTimeoutsTheRoundsAndTheGaleraReadsToAUrlWithoutOptions() {
    assertThat(FailFastDataSource.withOptions("jdbc:mariadb://db:3306/ptk"))
        .isEqualTo(
            "jdbc:mariadb://db:3306/ptk?connectTimeout=500&socketTimeout=500&retriesAllDown=6"
                + "&deniedListTimeout=1000&sessionVariables=wsrep_sync_wait=1");
  }

  @Test
  void appendsToTheOptionsThereAre() {
    assertThat(
            FailFastDataSource.withOptions(
                "jdbc:mariadb:sequential://db1,db2,db3/ptk?galeraAllowedState=4"))
        .isEqualTo(
            "jdbc:mariadb:sequential://db1,db2,db3/ptk?galeraAllowedState=4&connectTimeout=500"
                + "&socketTimeout=500&retriesAllDown=6&deniedListTimeout=1000"
                + "&sessionVariables=wsrep_sync_wait=1");
  }

  @Test
  void keepsTheTimeoutsTheUrlSets() {
    assertThat(FailFastDataSource.withOptions("jdbc:mariadb://db/ptk?socketTimeout=30000"))
        .isEqualTo(
            "jdbc:mariadb://db/ptk?socketTimeout=30000&connectTimeout=500&retriesAllDown=6"
                + "&deniedListTimeout=1000&sessionVariables=wsrep_sync_wait=1");
  }

  @Test
  void addsTheGaleraReadsToTheSessionVariablesTheUrlSets() {
    assertThat(
            FailFastDataSource.withOptions(
                "jdbc:mariadb://db/ptk?sessionVariables=sql_mode=ANSI&socketTimeout=800"))
        .endsWith(
            "sessionVariables=wsrep_sync_wait=1,sql_mode=ANSI&socketTimeout=800"
                + "&connectTimeout=500&retriesAllDown=6&deniedListTimeout=1000");
  }

  @Test
  void keepsTheGaleraReadsTheUrlSets() {
    assertThat(
            FailFastDataSource.withOptions(
                "jdbc:mariadb://db/ptk?sessionVariables=wsrep_sync_wait=0"))
        .isEqualTo(
            "jdbc:mariadb://db/ptk?sessionVariables=wsrep_sync_wait=0&connectTimeout=500"
                + "&socketTimeout=500&retriesAllDown=6&deniedListTimeout=1000");
  }
}
