package com.pricedesk.store;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.port.AmazonAccountRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The connected account in H2, with the client secret and refresh token sealed by {@link SecretSealer}. */
public final class JdbiAmazonAccountRepository implements AmazonAccountRepository {
    static final String CLIENT_SECRET = "lwa.client_secret";
    static final String REFRESH_TOKEN = "lwa.refresh_token";

    private final Jdbi jdbi;
    private final SecretSealer sealer;
    private final Clock clock;

    public JdbiAmazonAccountRepository(Jdbi jdbi, SecretSealer sealer, Clock clock) {
        this.jdbi = jdbi;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Override
    public Optional<AmazonAccount> find() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM amazon_connection WHERE id = 1")
                .map((rs, ctx) -> {
                    if (!sealer.keyId().equals(rs.getString("key_id"))) {
                        throw new SealedSecretException("The Amazon credentials were sealed with another key than "
                                + "the one in this workspace's keys folder. Connect the Amazon account again.");
                    }
                    return new AmazonAccount(rs.getString("sp_api_endpoint"), rs.getString("lwa_endpoint"),
                            rs.getString("client_id"),
                            sealer.open(rs.getString("client_secret_sealed"), CLIENT_SECRET),
                            sealer.open(rs.getString("refresh_token_sealed"), REFRESH_TOKEN),
                            rs.getString("seller_id"), rs.getString("marketplace_id"));
                })
                .findOne());
    }

    @Override
    public void save(AmazonAccount a) {
        jdbi.useHandle(h -> h.createUpdate("""
                        MERGE INTO amazon_connection (id, sp_api_endpoint, lwa_endpoint, client_id, seller_id,
                            marketplace_id, client_secret_sealed, refresh_token_sealed, key_id, connected_at)
                        KEY (id) VALUES (1, :sp, :lwa, :clientId, :sellerId, :marketplaceId, :secret, :refresh, :keyId,
                            :at)""")
                .bind("sp", a.spApiEndpoint())
                .bind("lwa", a.lwaEndpoint())
                .bind("clientId", a.clientId())
                .bind("sellerId", a.sellerId())
                .bind("marketplaceId", a.marketplaceId())
                .bind("secret", sealer.seal(a.clientSecret(), CLIENT_SECRET))
                .bind("refresh", sealer.seal(a.refreshToken(), REFRESH_TOKEN))
                .bind("keyId", sealer.keyId())
                .bind("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .execute());
    }

    @Override
    public void delete() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM amazon_connection").execute());
    }
}
