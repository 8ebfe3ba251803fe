package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import com.pricedesk.domain.money.Money;
import com.pricedesk.domain.pricing.Explanation;
import com.pricedesk.domain.pricing.PriceDecision;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code queue list|approve|reject}, {@code pause}/{@code resume}, {@code submit} while paused, {@code export changes|queue}. */
class QueueCliTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private CliHarness.Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(all);
    }

    /** One proposal for the first demo SKU, queued the way reprice queues its decisions. */
    private long propose() throws Exception {
        JsonNode sku = json.readTree(run("skus", "list", "--json").out()).get("skus").get(0);
        Money old = Money.usd(sku.get("price").asText());
        Money next = old.minus(Money.usd("0.50"));
        try (AppContext app = AppContext.open(dir, CliHarness.CLOCK)) {
            PriceDecision d = new PriceDecision(sku.get("sku").asText(), old, next, "r1", "Follow", 1, Money.usd("1.00"),
                    Money.usd("999.00"), List.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Explanation.of("=competitor moved", "竞品调价"));
            return app.queue().enqueue(List.of(d), "reprice").queued().get(0).id();
        }
    }

    @Test
    void approveRejectAndListWithCliShapesAndExitCodes() throws Exception {
        run("demo", "--skus", "3");
        long id = propose();

        JsonNode list = json.readTree(run("queue", "list", "--json").out());
        JsonNode c = list.get("changes").get(0);
        assertThat(list.get("changes").size()).isEqualTo(1);
        assertThat(c.get("id").asLong()).isEqualTo(id);
        assertThat(c.get("state").asText()).isEqualTo("proposed");
        assertThat(c.get("old_price").asText()).matches("\\d+\\.\\d\\d");
        assertThat(c.get("new_price").asText()).matches("\\d+\\.\\d\\d");
        assertThat(c.get("reason").asText()).isEqualTo("=competitor moved");
        assertThat(c.get("updated_at").asText()).isEqualTo("2026-11-29T08:00Z");

        assertThat(run("queue", "list", "--state", "sent").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run("queue", "approve").exitCode()).isEqualTo(ExitCode.USAGE);
        CliHarness.Run unknown = run("queue", "approve", "999");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(unknown.err()).contains("no change 999", "nothing was changed");

        assertThat(run("queue", "approve", Long.toString(id)).exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(json.readTree(run("queue", "list", "--state", "approved", "--json").out()).get("changes").size())
                .isEqualTo(1);
        CliHarness.Run again = run("--lang", "zh-CN", "queue", "approve", Long.toString(id));
        assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(again.err()).contains("已批准", "未做任何更改");

        assertThat(run("queue", "reject", Long.toString(id)).exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(json.readTree(run("queue", "list", "--json").out()).get("changes").get(0).get("state").asText())
                .isEqualTo("rejected");
    }

    @Test
    void pauseBlocksSubmitWithExit5UntilResume() {
        run("demo", "--skus", "3");
        assertThat(run("pause").exitCode()).isEqualTo(ExitCode.DONE);

        CliHarness.Run en = run("submit");
        assertThat(en.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(en.err()).contains("emergency stop is on", "resume");
        CliHarness.Run zh = run("--lang", "zh-CN", "submit", "--json");
        assertThat(zh.exitCode()).isEqualTo(ExitCode.BLOCKED);
        assertThat(zh.err()).contains("紧急暂停已开启");
        assertThat(zh.out()).isEmpty();

        assertThat(run("resume").exitCode()).isEqualTo(ExitCode.DONE);
        try (AppContext app = AppContext.open(dir, CliHarness.CLOCK)) {
            assertThat(app.emergencyStop().isPaused()).isFalse();
        }
    }

    @Test
    void exportsTheChangeLogAndTheQueueToExcel() throws Exception {
        run("demo", "--skus", "3");
        long id = propose();
        run("queue", "approve", Long.toString(id));
        Path log = dir.resolve("changes.xlsx");
        Path queue = dir.resolve("queue.xlsx");

        assertThat(run("export", "changes", log.toString()).exitCode()).isEqualTo(ExitCode.DONE);
        assertThat(run("--lang", "zh-CN", "export", "queue", queue.toString(), "--since", "2026-11-28").exitCode())
                .isEqualTo(ExitCode.DONE);
        assertThat(run("export", "queue", queue.toString(), "--since", "yesterday").exitCode())
                .isEqualTo(ExitCode.USAGE);
        Path queueEn = dir.resolve("queue-en.xlsx");
        assertThat(run("export", "queue", queueEn.toString()).exitCode()).isEqualTo(ExitCode.DONE);

        try (InputStream in = Files.newInputStream(log); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Time (UTC)");
            assertThat(s.getLastRowNum()).as("proposed and approved").isEqualTo(2);
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("approved");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
        try (InputStream in = Files.newInputStream(queue); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("调价编号");
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("已批准");
            assertThat(s.getRow(1).getCell(10).getStringCellValue()).isEqualTo("竞品调价");
        }
        try (InputStream in = Files.newInputStream(queueEn); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // The reason starts with '=': written as quote-prefixed text, never as a formula.
            var reason = wb.getSheetAt(0).getRow(1).getCell(10);
            assertThat(reason.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(reason.getStringCellValue()).isEqualTo("=competitor moved");
            assertThat(reason.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isPositive();
        }
    }
}
