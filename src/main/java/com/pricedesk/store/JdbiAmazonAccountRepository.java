package com.pricedesk.store;

import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
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
        boolean[] legacy = {false};
        Optional<AmazonAccount> found = jdbi.withHandle(h -> h.createQuery("SELECT * FROM amazon_connection WHERE id = 1")
                .map((rs, ctx) -> {
                    String keyId = rs.getString("key_id");
                    if (!sealer.keyId().equals(keyId)) {
                        if (!sealer.canOpenLegacy(keyId)) {
                            throw new SealedSecretException("The Amazon credentials were sealed with another key "
                                    + "than this workspace's (its keys folder or passphrase). Connect the Amazon "
                                    + "account again.");
                        }
                        legacy[0] = true;
                    }
                    return new AmazonAccount(rs.getString("sp_api_endpoint"), rs.getString("lwa_endpoint"),
                            rs.getString("client_id"),
                            open(rs.getString("client_secret_sealed"), CLIENT_SECRET, legacy[0]),
                            open(rs.getString("refresh_token_sealed"), REFRESH_TOKEN, legacy[0]),
                            rs.getString("seller_id"), rs.getString("marketplace_id"));
                })
                .findOne());
        if (legacy[0]) {
            // Sealed with the generated key before the user set a passphrase: seal them with it now.
            AmazonAccount a = found.orElseThrow();
            jdbi.useHandle(h -> h.createUpdate("UPDATE amazon_connection SET client_secret_sealed = :secret, "
                            + "refresh_token_sealed = :refresh, key_id = :keyId WHERE id = 1")
                    .bind("secret", sealer.seal(a.clientSecret(), CLIENT_SECRET))
                    .bind("refresh", sealer.seal(a.refreshToken(), REFRESH_TOKEN))
                    .bind("keyId", sealer.keyId())
                    .execute());
            sealer.retireLegacyKey();
        }
        return found;
    }

    private Secret open(String sealed, String purpose, boolean legacy) {
        return legacy ? sealer.openLegacy(sealed, purpose) : sealer.open(sealed, purpose);
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
