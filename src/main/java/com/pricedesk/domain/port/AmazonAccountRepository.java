package com.pricedesk.domain.port;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import java.util.Optional;

/** The workspace's connected Amazon account; its secrets are sealed at rest by the implementation. */
public interface AmazonAccountRepository {
    Optional<AmazonAccount> find();

    /** Stores the SP-API account; any Ads account stored before is forgotten (connecting replaces both). */
    void save(AmazonAccount account);

    /** The Amazon Ads account connected with the SP-API one, if any. */
    Optional<AdsAccount> findAds();

    /** Stores the Ads account beside the SP-API one, which must be stored first. */
    void saveAds(AdsAccount account);

    void delete();

    /** True when stored credentials are sealed with a passphrase that was neither given nor entered yet. */
    boolean needsPassphrase();

    /** True when credentials are sealed with a passphrase (given in the environment or entered). */
    boolean usesPassphrase();

    /**
     * Unlocks with, or (when none was set) sets, the passphrase that seals the credentials. Throws
     * {@link IllegalArgumentException} when it does not open the stored ones; nothing changes then.
     */
    void usePassphrase(char[] passphrase);
}
