package com.pricedesk.excel;

import com.pricedesk.domain.imports.SpreadsheetException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds a CSV's charset: a BOM if there is one; otherwise UTF-8 if every byte decodes strictly as
 * UTF-8; otherwise what juniversalchardet detects, with GB18030 (a superset of GBK and GB2312, what
 * Chinese Excel and WPS write) for anything Chinese or undecided. Streams the file, constant memory.
 */
public final class CharsetSniffer {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The detected charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength) {
    }

    public Detected detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new Detected(StandardCharsets.UTF_16LE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new Detected(StandardCharsets.UTF_16BE, 2);
            }
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
        if (decodesStrictly(file, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        // Chinese Excel and WPS write GBK; GB18030 decodes it and most other byte soups, so it is
        // trusted only when the text it gives holds Chinese characters. Otherwise the detector decides.
        if (decodesStrictly(file, GB18030) && holdsChinese(file)) {
            return new Detected(GB18030, 0);
        }
        String guess = guess(file);
        if (guess == null || guess.startsWith("GB") || guess.equals("HZ-GB-2312")) {
            throw new SpreadsheetException("excel.error.charset", file.getFileName().toString());
        }
        return new Detected(Charset.forName(guess), 0);
    }

    private static boolean holdsChinese(Path file) {
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), GB18030))) {
            int c;
            while ((c = r.read()) != -1) {
                if (c >= 0x4E00 && c <= 0x9FFF) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
    }

    private static boolean decodesStrictly(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[32 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.put(buf, 0, n).flip();
                if (!decodeChunk(decoder, bytes, chars, false)) {
                    return false;
                }
                bytes.compact();
            }
            bytes.flip();
            return decodeChunk(decoder, bytes, chars, true) && !bytes.hasRemaining();
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
    }

    private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, end);
            chars.clear();
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true;
            }
        }
    }

    private static String guess(Path file) {
        UniversalDetector detector = new UniversalDetector();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[32 * 1024];
            int n;
            while ((n = in.read(buf)) > 0 && !detector.isDone()) {
                detector.handleData(buf, 0, n);
            }
        } catch (IOException e) {
            throw FormatSniffer.unreadable(file, e);
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

}
