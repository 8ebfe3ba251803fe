package com.pricedesk.domain.port;

import com.pricedesk.domain.account.AmazonAccount;
import java.util.Optional;

/** The workspace's connected Amazon account; its secrets are sealed at rest by the implementation. */
public interface AmazonAccountRepository {
    Optional<AmazonAccount> find();

    void save(AmazonAccount account);

    void delete();
}
