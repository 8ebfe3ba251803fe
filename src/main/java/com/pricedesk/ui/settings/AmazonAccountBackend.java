package com.pricedesk.ui.settings;

import com.pricedesk.app.amazon.AmazonConnectionService;
import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import java.util.Optional;

/** What the "Connect Amazon account" form needs; every method may do SQL or HTTP, so never on the FX thread. */
public interface AmazonAccountBackend {
    /** How the credentials are sealed, which decides whether the form asks for a passphrase. */
    enum Sealing { KEY_FILE, PASSPHRASE, PASSPHRASE_NEEDED }

    Sealing sealing();

    /** The stored accounts (to prefill the form); only call when the sealing is not PASSPHRASE_NEEDED. */
    Optional<AmazonAccount> stored();

    Optional<AdsAccount> storedAds();

    /** Unlocks with, or sets, the passphrase; IllegalArgumentException when it is the wrong one. */
    void usePassphrase(char[] passphrase);

    /** One cheap call per account; nothing stored. */
    void test(AmazonAccount account, Optional<AdsAccount> ads);

    /** Test, then store both (replacing what was stored). */
    void connect(AmazonAccount account, Optional<AdsAccount> ads);

    static AmazonAccountBackend of(AmazonConnectionService service) {
        return new AmazonAccountBackend() {
            @Override
            public Sealing sealing() {
                return service.needsPassphrase() ? Sealing.PASSPHRASE_NEEDED
                        : service.usesPassphrase() ? Sealing.PASSPHRASE : Sealing.KEY_FILE;
            }

            @Override
            public Optional<AmazonAccount> stored() {
                return service.storedAccount();
            }

            @Override
            public Optional<AdsAccount> storedAds() {
                return service.storedAdsAccount();
            }

            @Override
            public void usePassphrase(char[] passphrase) {
                service.usePassphrase(passphrase);
            }

            @Override
            public void test(AmazonAccount account, Optional<AdsAccount> ads) {
                service.test(account, ads);
            }

            @Override
            public void connect(AmazonAccount account, Optional<AdsAccount> ads) {
                service.connect(account, ads);
            }
        };
    }
}
