package com.pricedesk.bench;

import com.pricedesk.domain.port.CostSheetSink;

import com.github.pjfanning.xlsx.StreamingReader;
import com.pricedesk.AppContext;
import com.pricedesk.app.imports.ImportResult;
import com.pricedesk.excel.CostSheetWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Issue 4's benchmark: a 100,000-row × 20-column cost sheet, read bare with POI's streaming reader
 * and imported in full (parse, validate, store), in one run; then exported. Run with -Xmx256m.
 * Prints {@code name=value} lines.
 */
public final class ImportBench {
    private static final String[] HEADERS = {"SKU", "ASIN", "品名", "类目", "产品分级", "采购价(RMB)", "头程运费(RMB/kg)",
            "关税(%)", "申报价值(USD)", "包装费(RMB)", "贴标费(RMB)", "其他费用(RMB)", "入库配置费(USD)", "退货率(%)",
            "广告占比(%)", "长(cm)", "宽(cm)", "高(cm)", "重量(kg)", "备注"};

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("pricedesk-bench");
        Path sheet = dir.resolve("costs-" + rows + ".xlsx");
        long t0 = System.nanoTime();
        generate(sheet, rows);
        print("generate_xlsx_ms", ms(t0));
        print("xlsx_file_mb", String.format(Locale.ROOT, "%.1f", Files.size(sheet) / 1048576.0));

        String label = rows % 1000 == 0 ? (rows / 1000) + "k" : Integer.toString(rows);
        // warm the reader once on a slice so the two timings compare code, not class loading
        bareRead(sheet);

        BenchReport.machine();
        print("load_average_before", String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        resetPeaks();
        long b0 = System.nanoTime();
        long bc0 = cpu();
        long bp0 = processCpu();
        ThreadCpu bt0 = ThreadCpu.now();
        long cells = bareRead(sheet);
        long bareProcessCpu = (processCpu() - bp0) / 1_000_000;
        long bare = ms(b0);
        ThreadCpu.now().printSince(bt0, "bare_read");
        long bareCpu = (cpu() - bc0) / 1_000_000;
        print("bare_read_xlsx_" + label + "_rows_ms", bare);
        print("bare_read_cpu_ms", bareCpu);
        print("bare_read_process_cpu_ms", bareProcessCpu);
        print("bare_read_cells", cells);
        print("bare_read_peak_heap_mb", peakHeapMb());

        try (AppContext app = AppContext.open(dir.resolve("ws"), Clock.systemUTC())) {
            h2CacheSize(dir.resolve("ws"));
            resetPeaks();
            long d0 = System.nanoTime();
            long dp0 = processCpu();
            ThreadCpu dt0 = ThreadCpu.now();
            app.imports().importCosts(sheet, null, true, false);
            long dry = ms(d0);
            ThreadCpu.now().printSince(dt0, "dry_run");
            print("dry_run_xlsx_" + label + "_rows_ms", dry);
            print("dry_run_process_cpu_ms", (processCpu() - dp0) / 1_000_000);
            print("dry_run_peak_heap_mb", peakHeapMb());
            BenchReport.figure("import_dry_run_to_bare_read_ratio", (double) dry / bare);

            resetPeaks();
            long i0 = System.nanoTime();
            long ic0 = cpu();
            long ip0 = processCpu();
            ThreadCpu it0 = ThreadCpu.now();
            ImportResult r = app.imports().importCosts(sheet, null, false, false);
            long imported = ms(i0);
            ThreadCpu.now().printSince(it0, "import");
            long importCpu = (cpu() - ic0) / 1_000_000;
            long importProcessCpu = (processCpu() - ip0) / 1_000_000;
            print("import_xlsx_" + label + "_rows_ms", imported);
            // The calling thread checks and stores while another thread reads the sheet (ReadAhead), so its
            // CPU is only the storing part; the process CPU is the whole work, both threads, GC and JIT included.
            print("import_storing_thread_cpu_ms", importCpu);
            print("import_process_cpu_ms", importProcessCpu);
            print("import_to_bare_read_process_cpu_ratio",
                    String.format(Locale.ROOT, "%.2f", (double) importProcessCpu / bareProcessCpu));
            print("import_rows_created", r.preview().created());
            print("import_errors", r.preview().errors().size());
            print("import_peak_heap_mb", peakHeapMb());
            print("import_to_bare_read_ratio", String.format(Locale.ROOT, "%.2f", (double) imported / bare));
            // the goal of issue 4, as one comparable line (wall times of one run; see the load average below)
            BenchReport.figure("import_" + label + "_to_bare_read_ratio_goal_1_5", (double) imported / bare);
            print("load_average_after_import", String.format(Locale.ROOT, "%.1f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

            // -Dbench.importOnly=true: the goal's figures only, for quick before/after runs
            if (!Boolean.getBoolean("bench.importOnly")) {
                resetPeaks();
                long r0 = System.nanoTime();
                ImportResult again = app.imports().importCosts(sheet, null, true, false);
                print("preview_unchanged_xlsx_" + label + "_rows_ms", ms(r0));
                print("preview_unchanged_rows", again.preview().unchanged());

                resetPeaks();
                long e0 = System.nanoTime();
                int exported = app.exports().exportCosts(dir.resolve("export.xlsx"), CostSheetSink.Headings.ZH);
                print("export_xlsx_" + label + "_rows_ms", ms(e0));
                print("export_rows", exported);
                print("export_peak_heap_mb", peakHeapMb());
            }
        }
        print("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * -Dbench.h2CacheKb=N: runs the import with H2's page cache at N KB (H2's default is 16 MB), to try
     * the setting without changing the product. Same database, same JVM: the setting applies to it.
     */
    private static void h2CacheSize(Path ws) throws Exception {
        String kb = System.getProperty("bench.h2CacheKb");
        if (kb == null) {
            return;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("pricedesk").toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "pricedesk", ""); var st = c.createStatement()) {
            st.execute("SET CACHE_SIZE " + Integer.parseInt(kb));
            try (var rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'CACHE_SIZE'")) {
                print("h2_cache_size_kb", rs.next() ? rs.getString(1) : "?");
            }
        }
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576;
    }

    /** The bare baseline: stream every cell and touch its value, nothing else. */
    private static long bareRead(Path file) throws Exception {
        long cells = 0;
        try (Workbook wb = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile())) {
            Sheet s = wb.getSheetAt(0);
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.NUMERIC) {
                        c.getNumericCellValue();
                    } else {
                        c.getStringCellValue();
                    }
                    cells++;
                }
            }
        }
        return cells;
    }

    private static void generate(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("成本");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                h.createCell(i).setCellValue(HEADERS[i]);
            }
            String[] tiers = {"主推款", "常规款", "新品", "清仓款"};
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(String.format(Locale.ROOT, "BENCH-%06d", r));
                row.createCell(1).setCellValue(String.format(Locale.ROOT, "B0%08d", r));
                row.createCell(2).setCellValue("硅胶手机壳 款式 " + r);
                row.createCell(3).setCellValue("Electronics Accessories");
                row.createCell(4).setCellValue(tiers[r % 4]);
                row.createCell(5).setCellValue(10 + (r % 500) / 10.0);
                row.createCell(6).setCellValue(12);
                row.createCell(7).setCellValue(7.5);
                row.createCell(8).setCellValue(2.5 + (r % 30) / 10.0);
                row.createCell(9).setCellValue(0.4);
                row.createCell(10).setCellValue(0.2);
                row.createCell(11).setCellValue(0.1);
                row.createCell(12).setCellValue(0.3);
                row.createCell(13).setCellValue(3);
                row.createCell(14).setCellValue(12.5);
                row.createCell(15).setCellValue(20);
                row.createCell(16).setCellValue(15);
                row.createCell(17).setCellValue(5);
                row.createCell(18).setCellValue(0.1 + (r % 20) / 100.0);
                row.createCell(19).setCellValue("备注 " + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
