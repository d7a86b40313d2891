package org.unionstat.report.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetFileWriterTest {

    @Test
    void piecesOfEverySizeArriveInOrder() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (Writer writer = new SheetFileWriter(target, 4)) {
            writer.write("<c");                                 // fits
            writer.write(' ');                                  // fills the buffer
            writer.write('r');                                  // after a flush
            writer.write("=\"A1\"", 0, 5);                      // more than is left
            writer.write("工会名称：北京蓝美家政服务有限公司工会");        // longer than the buffer
            writer.write("xx<t>yy".toCharArray(), 2, 3);        // part of an array
            writer.write("</t></c>".toCharArray());
            writer.append("\n");
        }
        assertThat(target.toString(StandardCharsets.UTF_8))
                .isEqualTo("<c r=\"A1\"工会名称：北京蓝美家政服务有限公司工会<t></t></c>\n");
    }

    /** Every buffer size puts a buffer's end somewhere else, also between the two halves of a surrogate pair. */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 7, 64})
    void encodesAsJavaDoesWhereverTheBufferEnds(int size) throws IOException {
        String text = "a\u00e9\u00a0工会𠀋𡈽x\u07ff\u0800\uffff😀<&>\n";
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (Writer writer = new SheetFileWriter(target, size)) {
            for (int i = 0; i < text.length(); i++) {
                writer.write(text.charAt(i));
            }
            writer.write(text);
        }
        assertThat(target.toByteArray()).isEqualTo((text + text).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSurrogateWithoutItsPairIsAQuestionMarkAsInOutputStreamWriter() throws IOException {
        String text = "a\ud800b\udc00c\ud83d";
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        try (Writer writer = new SheetFileWriter(target, 2)) {
            writer.write(text);
        }
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?c?");
        assertThat(target.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void nothingReachesTheTargetBeforeTheBufferIsFullOrFlushed() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Writer writer = new SheetFileWriter(target, 8);
        writer.write("<row>");
        assertThat(target.size()).isZero();
        writer.flush();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("<row>");
    }

    @Test
    void closingFlushesAndClosesTheTarget() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream target = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        Writer writer = new SheetFileWriter(target, 64);
        writer.write("</sheetData>");
        writer.close();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("</sheetData>");
        assertThat(closed).isTrue();
    }

    @Test
    void aBufferNeedsRoomForASurrogatePair() {
        assertThatThrownBy(() -> new SheetFileWriter(new ByteArrayOutputStream(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
