package com.pricedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pricedesk.AppContext;
import com.pricedesk.testing.Workbooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
        CliRunner cli = new CliRunner(d -> AppContext.open(d, clock), (d, l) -> 0, Locale.US);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    private Path sheet(String name, Object[]... rows) {
        return Workbooks.xlsx().sheet("成本", rows).save(dir.resolve(name));
    }

    @Test
    void importListRevertAndExportEndToEnd() throws Exception {
        Path good = sheet("good.xlsx", new Object[] {"SKU", "品名", "采购价(RMB)", "头程运费(RMB/kg)", "重量(kg)"},
                new Object[] {"CLI-1", "收纳盒", 18.5, 12, 0.4});

        Run dry = run("import-costs", good.toString(), "--dry-run", "--json");
        assertThat(dry.code()).isEqualTo(ExitCode.DONE);
        JsonNode d = dry.json();
        assertThat(d.get("created").asInt()).isEqualTo(1);
        assertThat(d.get("batch_id").isNull()).isTrue();
        assertThat(d.get("errors")).isEmpty();

        Run imported = run("import-costs", good.toString(), "--json");
        assertThat(imported.code()).isEqualTo(ExitCode.DONE);
        JsonNode j = imported.json();
        assertThat(j.get("rows_read").asInt()).isEqualTo(1);
        long batch = j.get("batch_id").asLong();
        assertThat(batch).isPositive();

        Run list = run("imports", "list", "--json");
        assertThat(list.json().get("imports").get(0).get("batch_id").asLong()).isEqualTo(batch);
        assertThat(list.json().get("imports").get(0).get("file").asText()).isEqualTo("good.xlsx");

        Path export = dir.resolve("out.xlsx");
        Run exported = run("export", "costs", export.toString());
        assertThat(exported.code()).isEqualTo(ExitCode.DONE);
        assertThat(Files.size(export)).isPositive();
        Run again = run("import-costs", export.toString(), "--dry-run", "--json");
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);

        Run revert = run("imports", "revert", Long.toString(batch));
        assertThat(revert.code()).isEqualTo(ExitCode.DONE);
        Run twice = run("imports", "revert", Long.toString(batch));
        assertThat(twice.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(twice.err()).contains("already reverted");
    }

    @Test
    void badCellsExitThreeWithLocatedErrorsInTheChosenLanguage() throws Exception {
        Path bad = sheet("bad.xlsx", new Object[] {"SKU", "采购价(RMB)"}, new Object[] {"B-1", "12,5"});
        Run r = run("--lang", "zh-CN", "import-costs", bad.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        JsonNode e = r.json().get("errors").get(0);
        assertThat(e.get("sheet").asText()).isEqualTo("成本");
        assertThat(e.get("row").asInt()).isEqualTo(2);
        assertThat(e.get("column").asText()).isEqualTo("B");
        assertThat(e.get("header").asText()).isEqualTo("采购价(RMB)");
        assertThat(e.get("value").asText()).isEqualTo("12,5");
        assertThat(e.get("message").asText()).isEqualTo("“12,5”不是数字。");
        assertThat(r.err()).contains("未保存任何内容");

        Run text = run("import-costs", bad.toString());
        assertThat(text.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(text.out()).contains("成本!B2 [采购价(RMB)] \"12,5\": \"12,5\" is not a number.");

        Run skip = run("import-costs", bad.toString(), "--skip-invalid", "--json");
        assertThat(skip.code()).isEqualTo(ExitCode.DONE);
    }

    @Test
    void unreadableFileExitsThreeWithOneJsonDocument() throws Exception {
        Path junk = Files.write(dir.resolve("junk.xlsx"), new byte[] {1, 0, 2, 0});
        Run r = run("import-costs", junk.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("junk.xlsx is not a spreadsheet");
        assertThat(run("imports", "revert", "42").code()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(run("import-costs").code()).isEqualTo(ExitCode.USAGE);
    }
}
