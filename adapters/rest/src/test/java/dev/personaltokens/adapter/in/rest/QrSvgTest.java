package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrSvgTest {

  static final String URI =
      "otpauth://totp/Personal%20Tokens:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
          + "&issuer=Personal%20Tokens&algorithm=SHA1&digits=6&period=30";

  /** The squares drawn, read back, are exactly the dark modules of the text's QR code. */
  @Test
  void drawsEveryDarkModuleOfTheCodeAndNothingElse() {
    QrCode qr = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM);
    boolean[][] drawn = new boolean[qr.size][qr.size];
    Matcher square = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(path(QrSvg.of(URI)));
    int squares = 0;
    while (square.find()) {
      int x = Integer.parseInt(square.group(1)) - QrSvg.BORDER;
      int y = Integer.parseInt(square.group(2)) - QrSvg.BORDER;
      drawn[y][x] = true;
      squares++;
    }

    int dark = 0;
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        assertThat(drawn[y][x]).as("module %d,%d", x, y).isEqualTo(qr.getModule(x, y));
        dark += qr.getModule(x, y) ? 1 : 0;
      }
    }
    assertThat(squares).isEqualTo(dark);
  }

  @Test
  void isAnSvgDocumentWithTheQuietZoneAndNoStyleOrScript() throws Exception {
    String svg = QrSvg.of(URI);
    int size = QrCode.encodeText(URI, QrCode.Ecc.MEDIUM).size + 8;

    Element root = parse(svg).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
    assertThat(svg).doesNotContain("style", "script", "href", "secret");
  }

  private static String path(String svg) {
    return ((Element) parse(svg).getElementsByTagName("path").item(0)).getAttribute("d");
  }

  private static Document parse(String svg) {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not XML: " + svg, e);
    }
  }
}
