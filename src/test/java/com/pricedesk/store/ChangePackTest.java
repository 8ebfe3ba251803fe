package com.pricedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pricedesk.domain.catalog.Dimensions;
import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.catalog.Weight;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.ImportChange;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The compact import history (schema V15) gives back exactly what was packed: every decimal with its
 * digits and scale, nulls as nulls, tags in order, created and updated changes apart.
 */
class ChangePackTest {
    static final SkuSnapshot FULL = new SkuSnapshot(
            new Sku("A-1", "B012345678", "Phone case \"slim\" ✓", "手机壳", "Electronics", Tier.HERO,
                    List.of("summer", "硅胶"), new Dimensions(new BigDecimal("20.5"), new BigDecimal("15"),
                    new BigDecimal("5.00")), new Weight(new BigDecimal("0.125"))),
            new CostProfile(Money.cny("12.50"), FreightBasis.PER_KG, Money.cny("12"), 5000, new BigDecimal("7.5"),
                    Money.usd("2.5"), Money.cny("0.4"), null, Money.cny("0"), null, Money.usd("0.30"),
                    new BigDecimal("3"), new BigDecimal("0.5"), new BigDecimal("12.5"), new BigDecimal("1")));
    static final SkuSnapshot BARE = new SkuSnapshot(
            new Sku("B-2", null, "B-2", null, "", Tier.REGULAR, List.of(), null, null), null);
    static final SkuSnapshot ODD = new SkuSnapshot(
            new Sku("C-3", "", "", "", "x", Tier.CLEARANCE, List.of("", "a"),
                    new Dimensions(new BigDecimal("1E+3"), new BigDecimal("123456789012345678901234567890.123"),
                            new BigDecimal("0.0000001")), new Weight(new BigDecimal("9223372036854775807"))),
            new CostProfile(Money.usd("-0.0001"), FreightBasis.PER_CBM, Money.of(new BigDecimal("1e-20"), "EUR"), 1,
                    new BigDecimal("250.000"), null, null, null, null, null, null, new BigDecimal("100"),
                    new BigDecimal("0"), new BigDecimal("0.000"), new BigDecimal("0E+2")));

    private final ChangePack pack = new ChangePack();
    private final SnapshotBinary binary = new SnapshotBinary();

    @Test
    void thePricesASellerSetComeBackExactlyAndOldEntriesStayReadable() {
        var some = new com.pricedesk.domain.pricing.PriceSettings(Money.usd("12.50"), null, Money.usd("24.99"));
        for (var prices : List.of(some, com.pricedesk.domain.pricing.PriceSettings.NONE)) {
            SkuSnapshot s = new SkuSnapshot(FULL.sku(), FULL.cost(), prices);
            byte[] bytes = binary.write(s);
            assertThat(bytes[0]).isEqualTo(SnapshotBinary.VERSION_WITH_PRICES);
            assertThat(binary.read(bytes)).isEqualTo(s);
            var change = new ImportChange("A-1", s, new SkuSnapshot(BARE.sku(), null, prices));
            assertThat(pack.read(pack.write(List.of(change)))).containsExactly(change);
        }
        // a snapshot that does not speak for the prices is written exactly as version 1 always was
        byte[] v1 = binary.write(FULL);
        assertThat(v1[0]).isEqualTo(SnapshotBinary.VERSION);
        assertThat(binary.read(v1).prices()).isNull();
    }

    @Test
    void snapshotsComeBackExactly() {
        for (SkuSnapshot s : List.of(FULL, BARE, ODD)) {
            assertThat(binary.read(binary.write(s))).isEqualTo(s);
        }
        assertThat(binary.write(null)).isNull();
        assertThat(binary.read(null)).isNull();
        // the scale survives, not only the value: a revert puts back 5.00, not 5
        assertThat(binary.read(binary.write(FULL)).sku().dimensions().heightCm().scale()).isEqualTo(2);
    }

    @Test
    void createdAndUpdatedChangesComeBackExactly() {
        List<ImportChange> changes = List.of(new ImportChange("A-1", null, FULL),
                new ImportChange("B-2", BARE, new SkuSnapshot(BARE.sku(), FULL.cost())),
                new ImportChange("C-3", ODD, ODD));
        byte[] bytes = pack.write(changes);
        assertThat(pack.read(bytes)).isEqualTo(changes);
        assertThat(pack.skus(bytes)).containsExactly("A-1", "B-2", "C-3");
        assertThat(pack.read(pack.write(List.of()))).isEmpty();
    }

    @Test
    void theCompactFormIsAFractionOfTheJson() {
        int json = new SnapshotJson().write(FULL).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(binary.write(FULL).length).isLessThan(json / 3);
    }

    @Test
    void damagedHistoryIsRefusedNotMisread() {
        byte[] bytes = pack.write(List.of(new ImportChange("A-1", FULL, FULL)));
        for (int cut = 1; cut < bytes.length; cut += 7) {
            byte[] shortened = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> pack.read(shortened)).as("cut at %d", cut)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Corrupt import history");
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> pack.read(longer)).isInstanceOf(IllegalStateException.class);
        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 9;
        assertThatThrownBy(() -> pack.skus(otherVersion)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 9");
    }

    @Property(tries = 300)
    void anySnapshotComesBackExactly(@ForAll("snapshots") SkuSnapshot before, @ForAll("snapshots") SkuSnapshot after) {
        assertThat(binary.read(binary.write(after))).isEqualTo(after);
        List<ImportChange> changes = List.of(new ImportChange(after.sellerSku(), before, after),
                new ImportChange("NEW", null, after));
        assertThat(pack.read(pack.write(changes))).isEqualTo(changes);
    }

    @Provide
    Arbitrary<SkuSnapshot> snapshots() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> nullableText = text.injectNull(0.2);
        Arbitrary<BigDecimal> positive = decimals().map(BigDecimal::abs).filter(d -> d.signum() > 0);
        Arbitrary<Dimensions> dims = Combinators.combine(positive, positive, positive).as(Dimensions::new)
                .injectNull(0.3);
        Arbitrary<Weight> weight = positive.map(Weight::new).injectNull(0.3);
        Arbitrary<Sku> sku = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                nullableText, text, nullableText, text, Arbitraries.of(Tier.class),
                text.list().ofMaxSize(4), dims).as((s, a, t, l, c, tier, tags, d) ->
                new Sku(s, a, t, l, c, tier, tags, d, null)).flatMap(s -> weight.map(w ->
                new Sku(s.sellerSku(), s.asin(), s.title(), s.localTitle(), s.category(), s.tier(), s.tags(),
                        s.dimensions(), w)));
        Arbitrary<Money> money = Combinators.combine(decimals(), Arbitraries.of("USD", "CNY", "EUR", "JPY"))
                .as(Money::of);
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(3);
        Arbitrary<CostProfile> cost = Combinators.combine(money, Arbitraries.of(FreightBasis.class), money,
                Arbitraries.integers().between(1, 100_000), share, money.injectNull(0.5), money.injectNull(0.2),
                money.injectNull(0.2)).as((p, b, f, v, t, cv, pk, lb) ->
                new CostProfile(p, b, f, v, t, cv, pk, lb, null, null, null, t, BigDecimal.ZERO,
                        new BigDecimal("12.500"), BigDecimal.ONE)).injectNull(0.2);
        return Combinators.combine(sku, cost).as(SkuSnapshot::new);
    }

    private static Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-5, 12)).as(BigDecimal::new);
    }
}
