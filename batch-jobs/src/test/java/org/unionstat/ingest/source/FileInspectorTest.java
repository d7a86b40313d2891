package org.unionstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstat.testing.Reports;
import org.unionstat.testing.Workbooks;
import org.unionstat.text.Messages;

/** docs/inputs.md#validation file-level errors, and the format and charset found for good files. */
class FileInspectorTest {

    private static final String HEADER = "统一社会信用代码,单位名称,区县代码,行业代码,从业人员数\n";

    @TempDir
    Path dir;

    private Inspection inspect(Path file) {
        return FileInspector.inspect(file, InputLayout.UNIT_REGISTRY);
    }

    private void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> inspect(file)).isInstanceOf(FileRefusedException.class)
                .extracting(e -> ((FileRefusedException) e).problem(Messages.inEnglish())).asString().contains(problem);
    }

    @Test
    void utf8() {
        Inspection inspection = inspect(Reports.write(dir.resolve("a.csv"), HEADER + "91350100M000100Y43,北京某某有限公司,110105,C,30\n"));

        assertThat(inspection.format()).isEqualTo(FileFormat.CSV);
        assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspection.dataRows()).isEqualTo(1);
        assertThat(inspection.formatLabel()).isEqualTo("CSV UTF-8");
    }

    @Test
    void utf8WithBom() throws IOException {
        Path file = Reports.write(dir.resolve("bom.csv"), "\uFEFF" + HEADER + "91350100M000100Y43,某公司,110105,C,30\n");
        assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 0xEF);

        Inspection inspection = inspect(file);

        assertThat(inspection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(inspection.warning()).isNull();
    }

    @Test
    void gbkAsChineseExcelSavesIt() throws IOException {
        Path file = Reports.write(dir.resolve("gbk.csv"), HEADER + "91350100M000100Y43,北京市朝阳区某某有限公司,110105,C,30\n",
                Charset.forName("GBK"));

        Inspection inspection = inspect(file);

        assertThat(inspection.charset().name()).isEqualTo("GB18030");
        try (SourceRows rows = SourceRows.open(file, inspection.format(), inspection.charset(), InputLayout.UNIT_REGISTRY)) {
            assertThat(rows.next().cell("unit_name")).isEqualTo("北京市朝阳区某某有限公司");
        }
    }

    @Test
    void gbkEvenWhenTheNonAsciiTextComesLate() {
        StringBuilder text = new StringBuilder("unit_id,unit_name,district_code,industry_code,employees\n");
        for (int i = 0; i < 2000; i++) {
            text.append("91350100M000100Y43,company,110105,C,30\n");
        }
        text.append("91350100M000100Y43,朝阳区公司,110105,C,30\n");

        assertThat(inspect(Reports.write(dir.resolve("late.csv"), text.toString(), Charset.forName("GBK"))).charset().name())
                .isEqualTo("GB18030");
    }

    @Test
    void undecodableTextIsRefused() throws IOException {
        Path file = dir.resolve("bad.csv");
        byte[] header = "unit_id,unit_name,district_code,industry_code,employees\n".getBytes(StandardCharsets.US_ASCII);
        byte[] row = {'A', ',', (byte) 0xFF, (byte) 0xFF, (byte) 0x80, ',', '1', '\n'};
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header);
            out.write(row);
        }

        assertRefused(file, "undecodable text");
    }

    @Test
    void unknownColumnsGiveAWarning() {
        Inspection inspection = inspect(Reports.write(dir.resolve("w.csv"),
                "unit_id,unit_name,备注,district_code,industry_code,employees\nX,y,z,110105,C,1\n"));

        assertThat(inspection.warning().in(Messages.inEnglish())).isEqualTo("unknown columns ignored: 备注");
    }

    @Test
    void missingColumnsAreAllListed() {
        assertRefused(Reports.write(dir.resolve("m.csv"), "unit_id,unit_name\nX,y\n"),
                "missing required columns: district_code (区县代码), industry_code (行业代码), employees (从业人员数)");
    }

    @Test
    void emptyFiles() {
        assertRefused(Reports.write(dir.resolve("zero.csv"), ""), "empty");
        assertRefused(Reports.write(dir.resolve("blank.csv"), "\n\r\n\n"), "empty");
        assertRefused(Reports.write(dir.resolve("header.csv"), HEADER), "empty: no data rows");
        assertRefused(Reports.write(dir.resolve("header-blank.csv"), HEADER + ",,,,\n\n"), "empty: no data rows");
    }

    @Test
    void aBrokenQuoteAnywhereRefusesTheFile() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            text.append("91350100M000100Y43,\"Name ").append(i).append("\",110105,C,30\n");
        }
        text.append("91350100M000100Y43,\"Broken\" name,110105,C,30\n");
        text.append("91350100M000100Y43,fine,110105,C,30\n");

        assertRefused(Reports.write(dir.resolve("quote.csv"), text.toString()), "malformed CSV");
        assertRefused(Reports.write(dir.resolve("open.csv"), HEADER + "91350100M000100Y43,\"never closed,110105,C,30\n"),
                "malformed CSV");
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        assertRefused(Reports.write(dir.resolve("doc.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj"), "not a CSV or XLSX file");
        Path nul = dir.resolve("nul.csv");
        Files.write(nul, new byte[] {'a', ',', 'b', 0, 0, 1, 2, '\n'});
        assertRefused(nul, "not a CSV or XLSX file");
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE));
        assertRefused(utf16, "UTF-16");
    }

    @Test
    void aNulByteLateInTheFileIsBinaryToo() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            text.append("91350100M000100Y43,company,110105,C,30\n");
        }
        text.append("x\0y,1,2,3,4\n");

        assertRefused(Reports.write(dir.resolve("late-nul.csv"), text.toString()), "not a CSV or XLSX file");
    }

    @Test
    void xlsx() {
        Path file = Workbooks.xlsx(dir.resolve("r.xlsx"), List.of(
                List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"),
                List.of("91350100M000100Y43", "某公司", 110105, "C", 30)));

        Inspection inspection = inspect(file);

        assertThat(inspection.format()).isEqualTo(FileFormat.XLSX);
        assertThat(inspection.charset()).isNull();
        assertThat(inspection.formatLabel()).isEqualTo("XLSX");
        assertThat(inspection.dataRows()).isEqualTo(1);
    }

    @Test
    void formatIsFoundByContentNotByName() {
        Path xlsxNamedCsv = Workbooks.xlsx(dir.resolve("really-a-workbook.csv"), List.of(
                List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"),
                List.of("91350100M000100Y43", "某公司", 110105, "C", LocalDate.of(2026, 1, 1))));
        Path csvNamedXlsx = Reports.write(dir.resolve("really-text.xlsx"), HEADER + "91350100M000100Y43,x,110105,C,1\n");

        assertThat(inspect(xlsxNamedCsv).format()).isEqualTo(FileFormat.XLSX);
        assertThat(inspect(csvNamedXlsx).format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void xlsxWithoutDataOrHeaderIsRefused() {
        assertRefused(Workbooks.xlsx(dir.resolve("h.xlsx"), List.of(
                List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"))), "empty: no data rows");
        assertRefused(Workbooks.xlsx(dir.resolve("e.xlsx"), List.of()), "empty");
        assertRefused(Workbooks.xlsx(dir.resolve("c.xlsx"), List.of(List.of("unit_id"), List.of("x"))),
                "missing required columns: unit_name (单位名称)");
    }

    @Test
    void legacyXlsIsRefused() throws IOException {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue("unit_id");
            workbook.write(out);
        }

        assertRefused(file, "encrypted workbook or legacy .xls");
    }

    @Test
    void encryptedWorkbookIsRefused() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                Workbooks.fill(workbook, List.of(List.of("unit_id", "unit_name", "district_code", "industry_code", "employees")));
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertRefused(file, "encrypted workbook or legacy .xls; save it as .xlsx");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(file, "not a readable XLSX workbook");
    }

    @Test
    void anOversizedWorkbookIsRefused() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("unit_id", "unit_name", "district_code", "industry_code", "employees"));
        for (int i = 0; i < 2000; i++) {
            rows.add(List.of("91350100M000100Y43", "某公司", 110105, "C", 30));
        }
        Path file = Workbooks.xlsx(dir.resolve("big.xlsx"), rows);
        long before = ZipSecureFile.getMaxEntrySize();
        ZipSecureFile.setMaxEntrySize(20_000);
        try {
            assertRefused(file, "oversized workbook");
        } finally {
            ZipSecureFile.setMaxEntrySize(before);
        }
    }
}
