package com.pricedesk.excel;

import com.pricedesk.domain.imports.CostField;
import com.pricedesk.domain.imports.SheetColumn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps header texts to {@link CostField}s through the Chinese and English synonyms sellers use. */
public final class HeaderRecognizer {
    /**
     * Qualifiers sellers put in front of a heading (带包装 长, 最新采购价, package length). They are tried
     * only after an exact match fails, because 包装 alone is the packaging cost.
     */
    private static final List<String> QUALIFIERS = List.of("带包装", "包装后", "净产品", "产品", "商品", "单品", "单个",
            "单件", "包装", "最新的", "最新", "国内", "预估", "实际", "真实", "平均", "箱规", "unit", "packaged", "package",
            "item", "product", "shipping", "total");

    private final Map<String, CostField> bySynonym = new HashMap<>();

    public HeaderRecognizer() {
        for (CostField f : CostField.values()) {
            for (String s : f.synonyms()) {
                bySynonym.putIfAbsent(s, f);
            }
        }
    }

    /** The field a single header names, or null. */
    public CostField fieldOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        CostField whole = fieldOfBase(HeaderText.parse(header).base());
        int sep = header.indexOf(TableLocator.GROUP_SEPARATOR);
        if (whole != null || sep < 0) {
            return whole;
        }
        // a two-row header: the unit row alone (采购价 under 成本(RMB)), else the group alone
        CostField sub = fieldOfBase(HeaderText.parse(header.substring(sep + TableLocator.GROUP_SEPARATOR.length())).base());
        return sub != null ? sub : fieldOfBase(HeaderText.parse(header.substring(0, sep)).base());
    }

    private CostField fieldOfBase(String base) {
        if (base.isEmpty()) {
            return null;
        }
        CostField exact = bySynonym.get(base);
        if (exact != null) {
            return exact;
        }
        for (String q : QUALIFIERS) {
            if (base.startsWith(q) && base.length() > q.length()) {
                CostField f = bySynonym.get(base.substring(q.length()));
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Recognises the columns of a header row. A field claimed twice keeps its first column; the
     * second is left unrecognised (and thus visible) rather than silently overwriting the first.
     */
    public List<SheetColumn> recognise(Map<Integer, String> headers) {
        List<SheetColumn> out = new ArrayList<>();
        Set<CostField> taken = EnumSet.noneOf(CostField.class);
        headers.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            HeaderText text = HeaderText.parse(e.getValue());
            CostField f = fieldOf(e.getValue());
            if (f != null && !taken.add(f)) {
                f = null;
            }
            out.add(new SheetColumn(e.getKey(), e.getValue().trim(), f, text.units()));
        });
        return out;
    }

    /** How many distinct stored fields a header row names: the score used to find the header row. */
    public int score(Map<Integer, String> headers) {
        Set<CostField> seen = EnumSet.noneOf(CostField.class);
        for (String h : headers.values()) {
            CostField f = fieldOf(h);
            if (f != null) {
                seen.add(f);
            }
        }
        return seen.size();
    }
}
