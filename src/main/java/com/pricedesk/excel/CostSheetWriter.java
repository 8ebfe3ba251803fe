package com.pricedesk.excel;

import com.pricedesk.domain.imports.ColumnKind;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SpreadsheetException;
import com.pricedesk.domain.port.CostSheetSink;

import com.pricedesk.domain.catalog.Sku;
import com.pricedesk.domain.catalog.Tier;
import com.pricedesk.domain.cost.CostProfile;
import com.pricedesk.domain.cost.FreightBasis;
import com.pricedesk.domain.imports.SkuSnapshot;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.PriceSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the cost sheet in the layout the importer reads, with SXSSF so 100,000 rows stream to disk:
 * frozen header, autofilter, number formats. Money columns whose rows share one currency name it in
 * the header and hold numbers; a column with mixed currencies holds text like {@code US$3.20}, so an
 * export imported again changes nothing. User text is always written as text, never as a formula.
 */
public final class CostSheetWriter implements CostSheetSink {

    private record Column(CostField field, String zh, String en, Function<SkuSnapshot, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(CostField.SELLER_SKU, "SKU", "SKU", s -> s.sku().sellerSku()),
            new Column(CostField.ASIN, "ASIN", "ASIN", s -> s.sku().asin()),
            new Column(CostField.TITLE, "品名", "Product title", s -> s.sku().title()),
            new Column(CostField.LOCAL_TITLE, "中文名", "Local name", s -> s.sku().localTitle()),
            new Column(CostField.CATEGORY, "类目", "Category", s -> s.sku().category()),
            new Column(CostField.TIER, "产品分级", "Tier", s -> s.sku().tier()),
            new Column(CostField.TAGS, "标签", "Tags", s -> s.sku().tags().isEmpty() ? null
                    : String.join(", ", s.sku().tags())),
            new Column(CostField.PURCHASE, "采购价", "Purchase cost", cost(CostProfile::purchase)),
            new Column(CostField.FREIGHT, "头程运费", "First-leg freight", cost(CostProfile::freightRate)),
            new Column(CostField.FREIGHT_BASIS, "头程运费计费单位", "Freight basis", cost(CostProfile::freightBasis)),
            new Column(CostField.VOLUMETRIC_DIVISOR, "材积基数", "Volumetric divisor",
                    cost(p -> BigDecimal.valueOf(p.volumetricDivisor()))),
            new Column(CostField.TARIFF, "关税(%)", "Tariff (%)", cost(CostProfile::tariffPct)),
            new Column(CostField.CUSTOMS_VALUE, "申报价值", "Declared value", cost(CostProfile::customsValue)),
            new Column(CostField.PACKAGING, "包装费", "Packaging", cost(CostProfile::packaging)),
            new Column(CostField.LABELING, "贴标费", "Labeling", cost(CostProfile::labeling)),
            new Column(CostField.PREP, "预处理费", "Prep", cost(CostProfile::prep)),
            new Column(CostField.OTHER, "其他费用", "Other", cost(CostProfile::other)),
            new Column(CostField.INBOUND_PLACEMENT, "入库配置费", "Inbound placement",
                    cost(CostProfile::inboundPlacement)),
            new Column(CostField.RETURN_RATE, "退货率(%)", "Return rate (%)", cost(CostProfile::returnRatePct)),
            new Column(CostField.UNSELLABLE, "不可售比例(%)", "Unsellable share (%)", cost(CostProfile::unsellablePct)),
            new Column(CostField.TACOS, "广告占比(%)", "TACoS (%)", cost(CostProfile::tacosPct)),
            new Column(CostField.STORAGE_MONTHS, "库存月数", "Storage months", cost(CostProfile::storageMonths)),
            new Column(CostField.LENGTH, "长(cm)", "Length (cm)",
                    s -> s.sku().dimensions() == null ? null : s.sku().dimensions().lengthCm()),
            new Column(CostField.WIDTH, "宽(cm)", "Width (cm)",
                    s -> s.sku().dimensions() == null ? null : s.sku().dimensions().widthCm()),
            new Column(CostField.HEIGHT, "高(cm)", "Height (cm)",
                    s -> s.sku().dimensions() == null ? null : s.sku().dimensions().heightCm()),
            new Column(CostField.WEIGHT, "重量(kg)", "Weight (kg)",
                    s -> s.sku().weight() == null ? null : s.sku().weight().kg()),
            // the seller's prices, last so the cost columns keep their letters; blank = none set
            new Column(CostField.MIN_PRICE, "最低价", "Minimum price", price(PriceSettings::manualMin)),
            new Column(CostField.MAX_PRICE, "封顶价", "Maximum price", price(PriceSettings::manualMax)),
            new Column(CostField.REGULAR_PRICE, "常规售价", "Regular price", price(PriceSettings::regularPrice)));

    private static Function<SkuSnapshot, Object> price(Function<PriceSettings, Object> part) {
        return s -> s.prices() == null ? null : part.apply(s.prices());
    }

    private static boolean money(CostField f) {
        return f.kind() == ColumnKind.MONEY || f.kind() == ColumnKind.USD_PRICE;
    }

    private static Function<SkuSnapshot, Object> cost(Function<CostProfile, Object> part) {
        return s -> s.cost() == null ? null : part.apply(s.cost());
    }

    /** Money fields whose column holds one currency for every row; absent means mixed (or empty). */
    public static Map<CostField, Currency> uniformCurrenciesOf(Consumer<Consumer<SkuSnapshot>> rows) {
        Map<CostField, Currency> seen = new EnumMap<>(CostField.class);
        Map<CostField, Boolean> mixed = new EnumMap<>(CostField.class);
        rows.accept(s -> {
            for (Column c : COLUMNS) {
                if (money(c.field()) && c.value().apply(s) instanceof Money m) {
                    Currency prev = seen.putIfAbsent(c.field(), m.currency());
                    if (prev != null && !prev.equals(m.currency())) {
                        mixed.put(c.field(), true);
                    }
                }
            }
        });
        mixed.keySet().forEach(seen::remove);
        return seen;
    }

    /** Writes to a temp file beside the target and moves it into place, so a failure never leaves half a file. */
    @Override
    public Map<CostField, Currency> uniformCurrencies(Consumer<Consumer<SkuSnapshot>> rows) {
        return uniformCurrenciesOf(rows);
    }

    @Override
    public int write(Path target, Headings headings, Map<CostField, Currency> currencies,
                     Consumer<Consumer<SkuSnapshot>> rows) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        int[] count = {0};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(headings == Headings.ZH ? "成本" : "Costs");
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(heading(COLUMNS.get(i), headings, currencies));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, (i == 2 ? 40 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            rows.accept(s -> {
                Row row = sheet.createRow(++count[0]);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Column c = COLUMNS.get(i);
                    Object v = c.value().apply(s);
                    if (v != null) {
                        write(row.createCell(i), c.field(), v, headings, currencies, styles);
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count[0], 1), 0, COLUMNS.size() - 1));
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new SpreadsheetException("excel.error.write", e, target.toString(), String.valueOf(e.getMessage()));
        }
        return count[0];
    }

    private static String heading(Column c, Headings h, Map<CostField, Currency> currencies) {
        String text = h == Headings.ZH ? c.zh() : c.en();
        Currency cur = currencies.get(c.field());
        if (money(c.field()) && cur != null) {
            text += h == Headings.ZH ? "(" + label(cur) + ")" : " (" + label(cur) + ")";
        }
        return text;
    }

    private static String label(Currency c) {
        return c.equals(Money.CNY) ? "RMB" : c.getCurrencyCode();
    }

    private static void write(Cell cell, CostField field, Object v, Headings h, Map<CostField, Currency> currencies,
                              Styles styles) {
        if (v instanceof Money m) {
            if (currencies.containsKey(field)) {
                cell.setCellValue(m.amount().doubleValue());
                cell.setCellStyle(styles.money);
            } else {
                cell.setCellValue((m.currency().equals(Money.USD) ? "US$" : "¥") + m.amount().toPlainString());
            }
        } else if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.decimal);
        } else if (v instanceof Tier t) {
            cell.setCellValue(h == Headings.ZH ? tierZh(t) : t.name().toLowerCase(java.util.Locale.ROOT));
        } else if (v instanceof FreightBasis b) {
            cell.setCellValue(switch (b) {
                case PER_KG -> h == Headings.ZH ? "kg" : "per kg";
                case PER_CBM -> h == Headings.ZH ? "CBM" : "per CBM";
                case PER_UNIT -> h == Headings.ZH ? "件" : "per unit";
            });
        } else {
            // setCellValue(String) writes a string cell: "=SUM(..)" typed as a title stays text
            cell.setCellValue(v.toString());
            cell.setCellStyle(styles.text);
        }
    }

    private static String tierZh(Tier t) {
        return switch (t) {
            case HERO -> "主推款";
            case REGULAR -> "常规款";
            case LAUNCH -> "新品";
            case CLEARANCE -> "清仓款";
        };
    }

    /** Cell styles are per workbook and limited in number: create each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle decimal;
        final CellStyle text;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00##"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.####"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
    }
}
