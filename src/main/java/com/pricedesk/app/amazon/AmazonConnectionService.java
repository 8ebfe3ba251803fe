package com.pricedesk.app.amazon;

import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.AdsConnector;
import com.pricedesk.domain.port.AdsGateway;
import com.pricedesk.domain.port.AmazonAccountRepository;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the workspace to an Amazon account (or the simulator), optionally with its Amazon Ads
 * account: proves the credentials with one real call each before storing them, so a typo never
 * becomes a stored, failing connection.
 */
public final class AmazonConnectionService {
    private static final Logger log = LoggerFactory.getLogger(AmazonConnectionService.class);

    private final AmazonAccountRepository accounts;
    private final MarketplaceConnector connector;
    private final AdsConnector adsConnector;

    public AmazonConnectionService(AmazonAccountRepository accounts, MarketplaceConnector connector) {
        this(accounts, connector, account -> {
            throw new IllegalStateException("This workspace cannot connect Amazon Ads");
        });
    }

    public AmazonConnectionService(AmazonAccountRepository accounts, MarketplaceConnector connector,
                                   AdsConnector adsConnector) {
        this.accounts = accounts;
        this.connector = connector;
        this.adsConnector = adsConnector;
    }

    /**
     * Verifies and stores the account. Throws {@link com.pricedesk.domain.market.MarketplaceException}
     * (or its re-authorise subclass) when Amazon refuses, and then stores nothing.
     */
    public void connect(AmazonAccount account) {
        connect(account, Optional.empty());
    }

    /**
     * Verifies the SP-API account and, when given, the Ads account, then stores both (replacing any
     * connection stored before). Nothing is stored when either call fails; {@link AdsConnectionException}
     * tells an Ads failure from an SP-API one.
     */
    public void connect(AmazonAccount account, Optional<AdsAccount> ads) {
        test(account, ads);
        accounts.save(account);
        ads.ifPresent(accounts::saveAds);
        log.info("Connected Amazon seller {} at {}{}", account.sellerId(), account.spApiEndpoint(),
                ads.map(a -> ", Ads profile " + a.profileId() + " at " + a.apiEndpoint()).orElse(""));
    }

    /** "Test connection" before saving: one cheap call per account, nothing stored. */
    public void test(AmazonAccount account, Optional<AdsAccount> ads) {
        connector.connect(account).verifyConnection();
        ads.ifPresent(a -> {
            try {
                adsConnector.connect(a).verifyConnection();
            } catch (com.pricedesk.domain.market.MarketplaceException e) {
                throw new AdsConnectionException(e);
            }
        });
    }

    /** "Test connection": one cheap call with the stored account. Empty when none is connected. */
    public Optional<AmazonAccount> testStoredConnection() {
        Optional<AmazonAccount> account = accounts.find();
        account.ifPresent(a -> connector.connect(a).verifyConnection());
        return account;
    }

    /** The stored account, if one is connected (for the settings form; its secrets stay sealed at rest). */
    public Optional<AmazonAccount> storedAccount() {
        return accounts.find();
    }

    /** The stored Ads account, if one is connected. */
    public Optional<AdsAccount> storedAdsAccount() {
        return accounts.findAds();
    }

    /** True when the stored credentials are sealed with a passphrase nobody gave yet (the form asks for it). */
    public boolean needsPassphrase() {
        return accounts.needsPassphrase();
    }

    /** True when credentials are sealed with a passphrase rather than the generated key file. */
    public boolean usesPassphrase() {
        return accounts.usesPassphrase();
    }

    /** Unlocks with, or sets, the passphrase; {@link IllegalArgumentException} when it is the wrong one. */
    public void usePassphrase(char[] passphrase) {
        accounts.usePassphrase(passphrase);
    }

    /** A gateway for the stored account, if one is connected. */
    public Optional<MarketplaceGateway> gateway() {
        return accounts.find().map(connector::connect);
    }

    /** An Ads gateway for the stored Ads account, if one is connected. */
    public Optional<AdsGateway> adsGateway() {
        return accounts.findAds().map(adsConnector::connect);
    }

    /** Amazon Ads refused or failed while the SP-API account worked. */
    public static final class AdsConnectionException extends RuntimeException {
        private final transient com.pricedesk.domain.market.MarketplaceException cause;

        AdsConnectionException(com.pricedesk.domain.market.MarketplaceException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }

        public com.pricedesk.domain.market.MarketplaceException marketplaceFailure() {
            return cause;
        }
    }
}
