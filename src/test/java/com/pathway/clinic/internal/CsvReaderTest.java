package com.pathway.clinic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.pathway.clinic.ImportFile;
import com.pathway.shared.CsvOutput;
import com.pathway.shared.InvalidInputException;

class CsvReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String fileError(byte[] bytes) {
        try {
            CsvReader.read("leads.csv", bytes);
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("file");
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void readsACommaSeparatedUtf8FileWithItsHeader() {
        ImportFile file = CsvReader.read("leads.csv", utf8("First name,Last name,Email\nAvery,Quill,avery@example.org\n"));

        assertThat(file.name()).isEqualTo("leads.csv");
        assertThat(file.headers()).containsExactly("First name", "Last name", "Email");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.values()).containsExactly("Avery", "Quill", "avery@example.org");
        });
        assertThat(file.separator()).isEqualTo(',');
        assertThat(file.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void stripsAByteOrderMarkSoTheFirstHeaderIsClean() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(utf8("First name;Last name\r\nJosé;Müller\r\n"));

        ImportFile file = CsvReader.read("excel.csv", bytes.toByteArray());

        assertThat(file.headers().getFirst()).isEqualTo("First name");
        assertThat(file.rows().getFirst().values()).containsExactly("José", "Müller");
    }

    @Test
    void keepsLineBreaksSeparatorsAndQuotesInsideQuotedValues() {
        ImportFile file = CsvReader.read("notes.csv", utf8(
                "Name,Message\n\"Quill, Avery\",\"Please call\nafter 5 pm, \"\"not\"\" before\"\nRobin,Hi\n"));

        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).values()).containsExactly("Quill, Avery", "Please call\nafter 5 pm, \"not\" before");
        assertThat(file.rows().get(1).number()).isEqualTo(3);
    }

    @Test
    void detectsSemicolonsAndTabs() {
        assertThat(CsvReader.read("a.csv", utf8("a;b;c\n1;2,5;3\n")).rows().getFirst().values())
                .containsExactly("1", "2,5", "3");
        ImportFile tabs = CsvReader.read("a.tsv", utf8("a\tb\n1\t2\n"));
        assertThat(tabs.separator()).isEqualTo('\t');
        assertThat(tabs.rows().getFirst().values()).containsExactly("1", "2");
        assertThat(CsvReader.separator("\"x;y;z\",b\n")).as("quoted semicolons do not count").isEqualTo(',');
    }

    @Test
    void readsLatin1WhenTheBytesAreNotUtf8() {
        byte[] latin1 = "First name;Last name\nJosé;Müller\n".getBytes(CsvReader.WINDOWS_1252);

        ImportFile file = CsvReader.read("latin1.csv", latin1);

        assertThat(file.encoding()).isEqualTo("windows-1252");
        assertThat(file.rows().getFirst().values()).containsExactly("José", "Müller");
    }

    @Test
    void refusesAnEmptyFileAFileOfBlankLinesAndAHeaderWithoutRows() {
        assertThat(fileError(new byte[0])).contains("The file is empty");
        assertThat(fileError(utf8("\n\n  \n"))).contains("holds no rows");
        assertThat(fileError(utf8("First name,Last name,Email\n"))).contains("only a header row");
        assertThat(fileError(utf8("First name,Last name\n,\n"))).as("a row of empty values is a blank line")
                .contains("only a header row");
    }

    @Test
    void refusesFilesOverTheSizeAndRowLimits() {
        assertThat(fileError(new byte[CsvReader.MAX_BYTES + 1])).contains("larger than 10 MB");
        StringBuilder many = new StringBuilder("Name\n");
        for (int i = 0; i <= CsvReader.MAX_ROWS; i++) {
            many.append("n").append(i).append('\n');
        }
        assertThat(fileError(utf8(many.toString()))).contains("more than 50,000 rows");
        String justRight = many.substring(0, many.lastIndexOf("n" + CsvReader.MAX_ROWS));
        assertThat(CsvReader.read("ok.csv", utf8(justRight)).rows()).hasSize(CsvReader.MAX_ROWS);
    }

    @Test
    void keepsRaggedRowsAsWrittenAndNamesBlankHeaders() {
        ImportFile file = CsvReader.read("ragged.csv", utf8("a,,c\n1\n1,2,3,4\n"));

        assertThat(file.headers()).containsExactly("a", "Column 2", "c");
        assertThat(file.rows().get(0).values()).containsExactly("1");
        assertThat(file.rows().get(0).value(2)).isEmpty();
        assertThat(file.rows().get(1).values()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void explainsAnUnclosedQuote() {
        assertThat(fileError(utf8("a,b\n\"open,2\n"))).contains("not valid CSV").contains("closing quote");
    }

    @Test
    void guardsValuesThatASpreadsheetWouldRunAsFormulas() {
        assertThat(List.of("=1+2", "+1202", "-3", "@SUM(A1)", "\tx", "Avery", "", "a=b").stream().map(CsvOutput::safe))
                .containsExactly("'=1+2", "'+1202", "'-3", "'@SUM(A1)", "'\tx", "Avery", "", "a=b");
        assertThat(CsvOutput.safe(null)).isEmpty();
    }
}
