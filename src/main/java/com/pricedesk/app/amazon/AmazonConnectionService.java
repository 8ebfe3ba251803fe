package com.pricedesk.app.amazon;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.AmazonAccountRepository;
import com.pricedesk.domain.port.MarketplaceConnector;
import com.pricedesk.domain.port.MarketplaceGateway;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the workspace to an Amazon account (or the simulator): proves the credentials with one
 * real call before storing them, so a typo never becomes a stored, failing connection.
 */
public final class AmazonConnectionService {
    private static final Logger log = LoggerFactory.getLogger(AmazonConnectionService.class);

    private final AmazonAccountRepository accounts;
    private final MarketplaceConnector connector;

    public AmazonConnectionService(AmazonAccountRepository accounts, MarketplaceConnector connector) {
        this.accounts = accounts;
        this.connector = connector;
    }

    /**
     * Verifies and stores the account. Throws {@link com.pricedesk.domain.market.MarketplaceException}
     * (or its re-authorise subclass) when Amazon refuses, and then stores nothing.
     */
    public void connect(AmazonAccount account) {
        connector.connect(account).verifyConnection();
        accounts.save(account);
        log.info("Connected Amazon seller {} at {}", account.sellerId(), account.spApiEndpoint());
    }

    /** "Test connection": one cheap call with the stored account. Empty when none is connected. */
    public Optional<AmazonAccount> testStoredConnection() {
        Optional<AmazonAccount> account = accounts.find();
        account.ifPresent(a -> connector.connect(a).verifyConnection());
        return account;
    }

    /** A gateway for the stored account, if one is connected. */
    public Optional<MarketplaceGateway> gateway() {
        return accounts.find().map(connector::connect);
    }
}
