package com.pricedesk.store;

import com.pricedesk.domain.account.AdsAccount;
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
    static final String ADS_CLIENT_SECRET = "ads.client_secret";
    static final String ADS_REFRESH_TOKEN = "ads.refresh_token";

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
            Optional<AdsAccount> ads = readAds(true);
            jdbi.useHandle(h -> h.createUpdate("UPDATE amazon_connection SET client_secret_sealed = :secret, "
                            + "refresh_token_sealed = :refresh, key_id = :keyId WHERE id = 1")
                    .bind("secret", sealer.seal(a.clientSecret(), CLIENT_SECRET))
                    .bind("refresh", sealer.seal(a.refreshToken(), REFRESH_TOKEN))
                    .bind("keyId", sealer.keyId())
                    .execute());
            ads.ifPresent(this::writeAds);
            sealer.retireLegacyKey();
        }
        return found;
    }

    @Override
    public Optional<AdsAccount> findAds() {
        // find() checks the key and, after a passphrase was set, seals everything anew with it.
        if (find().isEmpty()) {
            return Optional.empty();
        }
        return readAds(false);
    }

    private Optional<AdsAccount> readAds(boolean legacy) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM amazon_connection WHERE id = 1 "
                        + "AND ads_profile_id IS NOT NULL")
                .map((rs, ctx) -> new AdsAccount(rs.getString("ads_api_endpoint"), rs.getString("ads_lwa_endpoint"),
                        rs.getString("ads_client_id"),
                        open(rs.getString("ads_client_secret_sealed"), ADS_CLIENT_SECRET, legacy),
                        open(rs.getString("ads_refresh_token_sealed"), ADS_REFRESH_TOKEN, legacy),
                        rs.getString("ads_profile_id")))
                .findOne());
    }

    @Override
    public void saveAds(AdsAccount a) {
        String keyId = jdbi.withHandle(h -> h.createQuery("SELECT key_id FROM amazon_connection WHERE id = 1")
                .mapTo(String.class).findOne()).orElseThrow(() -> new IllegalStateException(
                "Connect the Amazon seller account before its Ads account"));
        if (!sealer.keyId().equals(keyId)) {
            throw new SealedSecretException("The Amazon credentials were sealed with another key than this "
                    + "workspace's: connect the Amazon account again, with its Ads account.");
        }
        writeAds(a);
    }

    private void writeAds(AdsAccount a) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE amazon_connection SET ads_api_endpoint = :endpoint, ads_lwa_endpoint = :lwa,
                            ads_client_id = :clientId, ads_profile_id = :profileId,
                            ads_client_secret_sealed = :secret, ads_refresh_token_sealed = :refresh WHERE id = 1""")
                .bind("endpoint", a.apiEndpoint())
                .bind("lwa", a.lwaEndpoint())
                .bind("clientId", a.clientId())
                .bind("profileId", a.profileId())
                .bind("secret", sealer.seal(a.clientSecret(), ADS_CLIENT_SECRET))
                .bind("refresh", sealer.seal(a.refreshToken(), ADS_REFRESH_TOKEN))
                .execute());
    }

    private Secret open(String sealed, String purpose, boolean legacy) {
        return legacy ? sealer.openLegacy(sealed, purpose) : sealer.open(sealed, purpose);
    }

    @Override
    public void save(AmazonAccount a) {
        jdbi.useHandle(h -> h.createUpdate("""
                        MERGE INTO amazon_connection (id, sp_api_endpoint, lwa_endpoint, client_id, seller_id,
                            marketplace_id, client_secret_sealed, refresh_token_sealed, key_id, connected_at,
                            ads_api_endpoint, ads_lwa_endpoint, ads_client_id, ads_profile_id,
                            ads_client_secret_sealed, ads_refresh_token_sealed)
                        KEY (id) VALUES (1, :sp, :lwa, :clientId, :sellerId, :marketplaceId, :secret, :refresh, :keyId,
                            :at, NULL, NULL, NULL, NULL, NULL, NULL)""")
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
    public boolean needsPassphrase() {
        return sealer.sealing() == SecretSealer.Sealing.PASSPHRASE_NEEDED;
    }

    @Override
    public boolean usesPassphrase() {
        return sealer.sealing() == SecretSealer.Sealing.PASSPHRASE;
    }

    @Override
    public void usePassphrase(char[] passphrase) {
        Optional<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT key_id FROM amazon_connection WHERE id = 1")
                .mapTo(String.class).findOne());
        try {
            sealer.usePassphrase(passphrase, keyId -> stored.map(keyId::equals).orElse(true));
        } catch (SealedSecretException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (stored.isPresent()) {
            find(); // seals credentials kept under the generated key anew with the passphrase
        }
    }

    @Override
    public void delete() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM amazon_connection").execute());
    }
}
