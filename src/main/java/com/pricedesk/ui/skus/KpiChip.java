package com.pricedesk.ui.skus;

import com.pricedesk.app.grid.SkuGridRow;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.domain.kpi.Kpi;
import com.pricedesk.domain.kpi.KpiStatus;
import com.pricedesk.domain.kpi.KpiValue;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words for a SKU's KPI status: the chip's text (status and the KPIs behind it) and its tooltip. */
final class KpiChip {
    private KpiChip() {
    }

    static String styleClass(KpiStatus s) {
        return "kpi-" + s.name().toLowerCase(Locale.ROOT);
    }

    /** "Breach · margin, ACoS": the status in words and the KPIs behind a breach or warning, so it reads without colour too. */
    static String text(Messages msg, SkuGridRow row) {
        String status = msg.get(statusKey(row.kpiStatus()));
        // Unknown facts are listed in the tooltip only: before the first sync that would be every KPI.
        if (row.kpiStatus() == KpiStatus.OK || row.kpiStatus() == KpiStatus.UNKNOWN || row.kpis().isEmpty()) {
            return status;
        }
        List<Kpi> which = row.kpisWith(row.kpiStatus());
        return status + " · " + which.stream().map(k -> name(msg, k)).collect(Collectors.joining(", "));
    }

    /** Every KPI on its own line: name, value, target, status. */
    static String tooltip(Messages msg, GridFormats f, SkuGridRow row) {
        if (row.kpis().isEmpty()) {
            return msg.get("kpi.none");
        }
        StringBuilder b = new StringBuilder();
        for (KpiValue v : row.kpis()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            String value = v.value().map(x -> v.kpi() == Kpi.BSR || v.kpi() == Kpi.DAYS_OF_COVER ? f.whole(x)
                    : f.percent(x)).orElse(GridFormats.UNKNOWN);
            String target = v.kpi() == Kpi.BSR || v.kpi() == Kpi.DAYS_OF_COVER ? f.whole(v.target())
                    : f.percent(v.target());
            b.append(msg.get("kpi.line", name(msg, v.kpi()), value, target, msg.get(statusKey(v.status()))));
        }
        return b.toString();
    }

    static String statusKey(KpiStatus s) {
        return "kpi.status." + s.name().toLowerCase(Locale.ROOT);
    }

    static String name(Messages msg, Kpi k) {
        return msg.locale().equals(Messages.CHINESE) ? k.chinese() : k.english();
    }
}
