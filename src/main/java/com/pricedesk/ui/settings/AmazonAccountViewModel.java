package com.pricedesk.ui.settings;

import com.pricedesk.app.amazon.AmazonConnectionService.AdsConnectionException;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.account.AdsAccount;
import com.pricedesk.domain.account.AmazonAccount;
import com.pricedesk.domain.account.Secret;
import com.pricedesk.domain.market.MarketplaceException;
import com.pricedesk.domain.market.ReauthorizationRequiredException;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Connect Amazon account" form: SP-API endpoints and credentials, the optional Amazon Ads
 * account, and the passphrase when one is needed. Test and Connect run on the {@link TaskExecutor}
 * (LWA token plus one cheap call each), never on the FX thread. Secret fields left empty keep the
 * stored secrets; secrets are never shown, logged or put in a message.
 */
public final class AmazonAccountViewModel {
    /** What the status line shows: plain progress, success or a failure. */
    public enum Outcome { NONE, BUSY, OK, FAILED }

    public final StringProperty spApiEndpoint = new SimpleStringProperty(AmazonAccount.NA_SP_API_ENDPOINT);
    public final StringProperty lwaEndpoint = new SimpleStringProperty(AmazonAccount.LWA_ENDPOINT);
    public final StringProperty clientId = new SimpleStringProperty("");
    public final StringProperty sellerId = new SimpleStringProperty("");
    public final StringProperty clientSecret = new SimpleStringProperty("");
    public final StringProperty refreshToken = new SimpleStringProperty("");
    public final StringProperty adsEndpoint = new SimpleStringProperty(AdsAccount.NA_ENDPOINT);
    public final StringProperty adsProfileId = new SimpleStringProperty("");
    public final StringProperty adsClientId = new SimpleStringProperty("");
    public final StringProperty adsClientSecret = new SimpleStringProperty("");
    public final StringProperty adsRefreshToken = new SimpleStringProperty("");
    public final StringProperty passphrase = new SimpleStringProperty("");

    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<AmazonAccountBackend.Sealing> sealing =
            new SimpleObjectProperty<>(AmazonAccountBackend.Sealing.KEY_FILE);
    private final BooleanProperty secretsStored = new SimpleBooleanProperty(false);

    private final AmazonAccountBackend backend;
    private final TaskExecutor tasks;
    private final Messages msg;
    /** The stored accounts, whose secrets fill empty secret fields. FX thread only. */
    private Optional<AmazonAccount> stored = Optional.empty();
    private Optional<AdsAccount> storedAds = Optional.empty();

    public AmazonAccountViewModel(AmazonAccountBackend backend, TaskExecutor tasks, Messages msg) {
        this.backend = backend;
        this.tasks = tasks;
        this.msg = msg;
    }

    private record Loaded(AmazonAccountBackend.Sealing sealing, Optional<AmazonAccount> account,
                          Optional<AdsAccount> ads) {
    }

    /** Reads how credentials are sealed and the stored account (off the FX thread), and fills the form. */
    public void load() {
        busy.set(true);
        tasks.execute(() -> {
            AmazonAccountBackend.Sealing s = backend.sealing();
            // Locked credentials cannot be read until the passphrase is entered.
            return s == AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED ? new Loaded(s, Optional.empty(), Optional.empty())
                    : new Loaded(s, backend.stored(), backend.storedAds());
        }, loaded -> {
            busy.set(false);
            sealing.set(loaded.sealing());
            fill(loaded.account(), loaded.ads());
        }, this::failed);
    }

    private void fill(Optional<AmazonAccount> account, Optional<AdsAccount> ads) {
        stored = account;
        storedAds = ads;
        account.ifPresent(a -> {
            spApiEndpoint.set(a.spApiEndpoint());
            lwaEndpoint.set(a.lwaEndpoint());
            clientId.set(a.clientId());
            sellerId.set(a.sellerId());
        });
        ads.ifPresent(a -> {
            adsEndpoint.set(a.apiEndpoint());
            adsProfileId.set(a.profileId());
            adsClientId.set(a.clientId().equals(account.map(AmazonAccount::clientId).orElse(null)) ? "" : a.clientId());
        });
        secretsStored.set(account.isPresent());
    }

    /** "Test connection": LWA token plus one cheap call per account, nothing stored. */
    public void test() {
        run(false);
    }

    /** "Connect and save": the same test, then both accounts are stored sealed. */
    public void connect() {
        run(true);
    }

    private void run(boolean save) {
        if (busy.get()) {
            return;
        }
        Optional<String> missing = missingField();
        if (missing.isPresent()) {
            show(Outcome.FAILED, msg.get("amazonAccount.error.missing", msg.get(missing.get())));
            return;
        }
        char[] pass = passphrase.get().strip().toCharArray();
        boolean needsPassphrase = sealing.get() == AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED;
        if (needsPassphrase && pass.length == 0) {
            show(Outcome.FAILED, msg.get("amazonAccount.error.missing", msg.get("amazonAccount.passphrase")));
            return;
        }
        // A new passphrase is only set when saving; a needed one unlocks, which stores nothing.
        boolean usePassphrase = pass.length > 0 && (needsPassphrase
                || save && sealing.get() == AmazonAccountBackend.Sealing.KEY_FILE);
        Optional<AmazonAccount> previous = stored;
        Optional<AdsAccount> previousAds = storedAds;
        Form form = new Form(spApiEndpoint.get().strip(), lwaEndpoint.get().strip(), clientId.get().strip(),
                sellerId.get().strip(), clientSecret.get().strip(), refreshToken.get().strip(),
                adsEndpoint.get().strip(), adsProfileId.get().strip(), adsClientId.get().strip(),
                adsClientSecret.get().strip(), adsRefreshToken.get().strip());
        show(Outcome.BUSY, msg.get(save ? "amazonAccount.saving" : "amazonAccount.testing"));
        busy.set(true);
        tasks.execute(() -> {
            Optional<AmazonAccount> storedNow = previous;
            Optional<AdsAccount> storedAdsNow = previousAds;
            if (usePassphrase) {
                backend.usePassphrase(pass);
                if (needsPassphrase) {
                    storedNow = backend.stored();
                    storedAdsNow = backend.storedAds();
                }
            }
            // Unlocked with nothing typed but the passphrase: the stored connection is what is tested.
            boolean storedAsIs = needsPassphrase && form.clientId().isEmpty() && storedNow.isPresent();
            AmazonAccount account = storedAsIs ? storedNow.get() : form.account(storedNow);
            Optional<AdsAccount> ads = storedAsIs ? storedAdsNow : form.ads(account, storedAdsNow);
            if (save) {
                backend.connect(account, ads);
            } else {
                backend.test(account, ads);
            }
            return new Done(account, ads, backend.sealing(), storedNow, storedAdsNow);
        }, done -> {
            busy.set(false);
            java.util.Arrays.fill(pass, '\0');
            sealing.set(done.sealing());
            if (save) {
                stored = Optional.of(done.account());
                storedAds = done.ads();
                secretsStored.set(true);
                clearSecrets();
                show(Outcome.OK, msg.get("amazonAccount.saved", done.account().sellerId()));
            } else {
                if (needsPassphrase) {
                    fill(done.stored(), done.storedAds());
                    passphrase.set("");
                }
                show(Outcome.OK, done.ads().map(a -> msg.get("amazonAccount.okAds", done.account().sellerId(),
                        a.profileId())).orElseGet(() -> msg.get("amazonAccount.ok", done.account().sellerId())));
            }
        }, e -> {
            java.util.Arrays.fill(pass, '\0');
            failed(e);
        });
    }

    private record Done(AmazonAccount account, Optional<AdsAccount> ads, AmazonAccountBackend.Sealing sealing,
                        Optional<AmazonAccount> stored, Optional<AdsAccount> storedAds) {
    }

    /** The form's values, taken on the FX thread; secrets left empty come from the stored accounts. */
    private record Form(String spApi, String lwa, String clientId, String sellerId, String secret, String refresh,
                        String adsEndpoint, String profileId, String adsClientId, String adsSecret,
                        String adsRefresh) {
        AmazonAccount account(Optional<AmazonAccount> stored) {
            Secret s = !secret.isEmpty() ? Secret.of(secret) : stored.map(AmazonAccount::clientSecret)
                    .orElseThrow(() -> new MissingField("amazonAccount.clientSecret"));
            Secret r = !refresh.isEmpty() ? Secret.of(refresh) : stored.map(AmazonAccount::refreshToken)
                    .orElseThrow(() -> new MissingField("amazonAccount.refreshToken"));
            return new AmazonAccount(spApi, lwa, clientId, s, r, sellerId, AmazonAccount.US_MARKETPLACE);
        }

        Optional<AdsAccount> ads(AmazonAccount account, Optional<AdsAccount> stored) {
            if (profileId.isEmpty()) {
                return Optional.empty();
            }
            if (!profileId.matches("[0-9]{1,20}")) {
                throw new IllegalArgumentException("the Ads profile id must be a number, not \"" + profileId + "\"");
            }
            Secret s = !adsSecret.isEmpty() ? Secret.of(adsSecret)
                    : stored.map(AdsAccount::clientSecret).orElse(account.clientSecret());
            Secret r = !adsRefresh.isEmpty() ? Secret.of(adsRefresh)
                    : stored.map(AdsAccount::refreshToken).orElse(account.refreshToken());
            return Optional.of(new AdsAccount(adsEndpoint.isEmpty() ? AdsAccount.NA_ENDPOINT : adsEndpoint,
                    account.lwaEndpoint(), adsClientId.isEmpty() ? account.clientId() : adsClientId, s, r, profileId));
        }
    }

    /** A required secret is empty and none is stored. */
    private static final class MissingField extends RuntimeException {
        final String labelKey;

        MissingField(String labelKey) {
            super(labelKey, null, false, false);
            this.labelKey = labelKey;
        }
    }

    private Optional<String> missingField() {
        if (sealing.get() == AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED && clientId.get().isBlank()) {
            return Optional.empty(); // the passphrase opens the stored connection first
        }
        if (spApiEndpoint.get().isBlank()) {
            return Optional.of("amazonAccount.spApiEndpoint");
        }
        if (lwaEndpoint.get().isBlank()) {
            return Optional.of("amazonAccount.lwaEndpoint");
        }
        if (clientId.get().isBlank()) {
            return Optional.of("amazonAccount.clientId");
        }
        if (sellerId.get().isBlank()) {
            return Optional.of("amazonAccount.sellerId");
        }
        boolean locked = sealing.get() == AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED;
        if (clientSecret.get().isBlank() && !secretsStored.get() && !locked) {
            return Optional.of("amazonAccount.clientSecret");
        }
        if (refreshToken.get().isBlank() && !secretsStored.get() && !locked) {
            return Optional.of("amazonAccount.refreshToken");
        }
        return Optional.empty();
    }

    private void failed(Throwable e) {
        busy.set(false);
        show(Outcome.FAILED, describe(e));
    }

    /** A plain sentence naming what failed; Amazon's code and message, never a secret. */
    String describe(Throwable e) {
        if (e instanceof MissingField m) {
            return msg.get("amazonAccount.error.missing", msg.get(m.labelKey));
        }
        if (e instanceof AdsConnectionException a) {
            MarketplaceException m = a.marketplaceFailure();
            return msg.get("amazonAccount.error.ads", m.operation(), Integer.toString(m.httpStatus()), m.code(),
                    m.amazonMessage());
        }
        if (e instanceof ReauthorizationRequiredException r) {
            return msg.get("amazonAccount.error.refused", r.code(), r.amazonMessage());
        }
        if (e instanceof MarketplaceException m) {
            return msg.get("amazonAccount.error.remote", m.operation(), Integer.toString(m.httpStatus()), m.code(),
                    m.amazonMessage());
        }
        if (e instanceof IllegalArgumentException && sealing.get() == AmazonAccountBackend.Sealing.PASSPHRASE_NEEDED
                && String.valueOf(e.getMessage()).contains("passphrase")) {
            return msg.get("amazonAccount.error.passphrase", e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return msg.get("amazonAccount.error.invalid", e.getMessage());
        }
        return msg.get("amazonAccount.error.other", String.valueOf(e.getMessage()));
    }

    private void clearSecrets() {
        clientSecret.set("");
        refreshToken.set("");
        adsClientSecret.set("");
        adsRefreshToken.set("");
        passphrase.set("");
    }

    private void show(Outcome o, String text) {
        outcome.set(o);
        status.set(text);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<AmazonAccountBackend.Sealing> sealingProperty() {
        return sealing;
    }

    /** True when secrets are stored, so empty secret fields keep them. */
    public ReadOnlyBooleanProperty secretsStoredProperty() {
        return secretsStored;
    }
}
