package com.pricedesk.excel;

import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.port.ChangeLogSink;
import com.pricedesk.domain.port.CostSheetSink.Headings;
import com.pricedesk.domain.port.TableSink;
import com.pricedesk.domain.port.TableSink.Column;
import com.pricedesk.domain.port.TableSink.Kind;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.queue.ChangeEvent;
import com.pricedesk.domain.queue.ChangeState;
import com.pricedesk.domain.queue.QueuedChange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The audit log and the queue as .xlsx with headings in the seller's language, money as numbers. The
 * table itself (streaming, frozen header, autofilter, text that starts with = + - @ kept as quoted text
 * so a SKU or an Amazon message can never run as a formula) is {@link TableSink}'s job.
 */
public final class ChangeLogWriter implements ChangeLogSink {
    private static final int[] LOG_WIDTHS = {26, 10, 18, 12, 12, 14, 12, 60, 16, 40};
    private static final int[] QUEUE_WIDTHS = {10, 18, 14, 14, 10, 14, 14, 12, 24, 10, 60, 14, 26, 26, 16, 40};
    private static final Kind[] LOG_KINDS = {Kind.TEXT, Kind.INTEGER, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT,
            Kind.MONEY, Kind.TEXT, Kind.TEXT, Kind.TEXT};
    private static final Kind[] QUEUE_KINDS = {Kind.INTEGER, Kind.TEXT, Kind.MONEY, Kind.MONEY, Kind.PERCENT,
            Kind.MONEY, Kind.MONEY, Kind.TEXT, Kind.TEXT, Kind.INTEGER, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT,
            Kind.TEXT, Kind.TEXT};
    private static final String[] LOG_EN = {"Time (UTC)", "Change", "SKU", "From", "To", "Actor", "Price (USD)",
            "Note", "Amazon code", "Amazon message"};
    private static final String[] LOG_ZH = {"时间 (UTC)", "调价编号", "SKU", "原状态", "新状态", "操作人", "价格 (USD)",
            "说明", "亚马逊代码", "亚马逊消息"};
    private static final String[] QUEUE_EN = {"Change", "SKU", "Old price (USD)", "New price (USD)", "Change %",
            "Floor (USD)", "Ceiling (USD)", "State", "Rule", "Rule set version", "Reason", "Actor", "Created (UTC)",
            "Updated (UTC)", "Amazon code", "Amazon message"};
    private static final String[] QUEUE_ZH = {"调价编号", "SKU", "原价 (USD)", "新价 (USD)", "调幅 %", "底价 (USD)",
            "封顶价 (USD)", "状态", "规则", "规则组版本", "调价原因", "操作人", "创建时间 (UTC)", "更新时间 (UTC)",
            "亚马逊代码", "亚马逊消息"};


    private final TableSink table;

    public ChangeLogWriter(TableSink table) {
        this.table = table;
    }

    @Override
    public int writeLog(Path target, Headings headings, List<ChangeEvent> events) {
        boolean zh = headings == Headings.ZH;
        return table.write(target, zh ? "调价日志" : "Change log", columns(zh ? LOG_ZH : LOG_EN, LOG_KINDS, LOG_WIDTHS),
                rows -> {
                    for (ChangeEvent e : events) {
                        rows.accept(Arrays.asList(time(e.at()), e.changeId(), e.sellerSku(),
                                e.from().map(st -> state(st, zh)).orElse(""), state(e.to(), zh), e.actor(),
                                e.price().map(Money::rounded).orElse(null), in(e.note(), zh),
                                e.amazonCode().orElse(""), e.amazonMessage().orElse("")));
                    }
                });
    }

    @Override
    public int writeQueue(Path target, Headings headings, List<QueuedChange> changes) {
        boolean zh = headings == Headings.ZH;
        return table.write(target, zh ? "审批队列" : "Approval queue",
                columns(zh ? QUEUE_ZH : QUEUE_EN, QUEUE_KINDS, QUEUE_WIDTHS), rows -> {
                    for (QueuedChange q : changes) {
                        rows.accept(Arrays.asList(q.id(), q.sellerSku(), rounded(q.oldPrice()),
                                rounded(q.newPrice()), q.changePct(), rounded(q.floor()), rounded(q.ceiling()),
                                state(q.state(), zh), q.ruleName() == null ? "" : q.ruleName(), q.ruleSetVersion(),
                                in(q.reason(), zh), q.actor(), time(q.createdAt()), time(q.updatedAt()),
                                q.amazonCode().orElse(""), q.amazonMessage().orElse("")));
                    }
                });
    }

    private static List<Column> columns(String[] headers, Kind[] kinds, int[] widths) {
        List<Column> out = new ArrayList<>(headers.length);
        for (int i = 0; i < headers.length; i++) {
            out.add(new Column(headers[i], kinds[i], widths[i]));
        }
        return out;
    }

    private static Money rounded(Money m) {
        return m == null ? null : m.rounded();
    }

    private static String state(ChangeState s, boolean zh) {
        if (!zh) {
            return s.name().toLowerCase(Locale.ROOT);
        }
        return switch (s) {
            case PROPOSED -> "待审批";
            case APPROVED -> "已批准";
            case HELD -> "暂挂";
            case REJECTED -> "已驳回";
            case SUPERSEDED -> "已被取代";
            case EXPIRED -> "已过期";
            case SUBMITTING -> "提交中";
            case SUBMITTED -> "已提交";
            case CONFIRMED -> "已生效";
            case FAILED -> "失败";
        };
    }

    private static String in(Explanation e, boolean zh) {
        return zh ? e.chinese() : e.english();
    }

    private static String time(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toString();
    }

}
