package org.unionstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SheetFileWriterTest {

    @Test
    void piecesOfEverySizeArriveInOrder() throws IOException {
        StringWriter target = new StringWriter();
        try (Writer writer = new SheetFileWriter(target, 4)) {
            writer.write("<c");                                 // fits
            writer.write(' ');                                  // fills the buffer
            writer.write('r');                                  // after a flush
            writer.write("=\"A1\"", 0, 5);                      // more than is left
            writer.write("工会名称：北京蓝美家政服务有限公司工会");        // longer than the buffer: passed through
            writer.write("xx<t>yy".toCharArray(), 2, 3);        // part of an array
            writer.write("</t></c>".toCharArray());
            writer.append("\n");
        }
        assertThat(target).hasToString("<c r=\"A1\"工会名称：北京蓝美家政服务有限公司工会<t></t></c>\n");
    }

    @Test
    void nothingReachesTheTargetBeforeTheBufferIsFullOrFlushed() throws IOException {
        StringWriter target = new StringWriter();
        Writer writer = new SheetFileWriter(target, 8);
        writer.write("<row>");
        assertThat(target.toString()).isEmpty();
        writer.flush();
        assertThat(target).hasToString("<row>");
    }

    @Test
    void closingFlushesAndClosesTheTarget() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        StringWriter target = new StringWriter() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        Writer writer = new SheetFileWriter(target, 64);
        writer.write("</sheetData>");
        writer.close();
        assertThat(target).hasToString("</sheetData>");
        assertThat(closed).isTrue();
    }

    @Test
    void aBufferNeedsRoom() {
        assertThatThrownBy(() -> new SheetFileWriter(new StringWriter(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
