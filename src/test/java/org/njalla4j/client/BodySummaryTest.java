package org.njalla4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodySummaryTest {

    @Test
    void summarise_htmlWithTitle_returnsTitle() {
        String page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                + "</body></html>";

        assertEquals("502 Bad Gateway", BodySummary.summarise(page, 80));
    }

    @Test
    void summarise_htmlWithoutTitle_returnsVisibleText() {
        String page = "<!DOCTYPE html><html><head><style>p { color: red }</style></head>"
                + "<body><p>Service   temporarily\n unavailable &amp; busy</p>"
                + "<script>var x = '<b>';</script></body></html>";

        assertEquals("Service temporarily unavailable & busy", BodySummary.summarise(page, 80));
    }

    @Test
    void summarise_longText_cutAtLimit() {
        String text = "word ".repeat(40);

        assertEquals("word word word...", BodySummary.summarise(text, 14));
    }

    @Test
    void summarise_plainText_keptWithoutTagRemoval() {
        assertEquals("a < b and c > d", BodySummary.summarise("a < b\nand c > d", 80));
    }

    @Test
    void summarise_blank_empty() {
        assertEquals("", BodySummary.summarise(" \r\n", 80));
    }
}
