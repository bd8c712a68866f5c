package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.InstancePoliciesContract;

/** The InstancePolicies contract on MariaDB. */
class JpaInstancePoliciesIT extends InstancePoliciesContract {

  @Override
  protected InstancePolicies policies() {
    return JpaTransactions.committingEachCall(InstancePolicies.class, Stores::instancePolicies);
  }
}
