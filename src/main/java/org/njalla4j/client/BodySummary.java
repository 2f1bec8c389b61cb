package org.njalla4j.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line summaries of HTTP response bodies for exception messages, so that a proxy's
 * HTML error page shows as its title rather than as markup.
 */
final class BodySummary {

    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile(
            "<(script|style|head)\\b.*?</\\1\\s*>|<!--.*?-->",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Pattern HTML = Pattern.compile("<\\s*(!doctype|html|head|body|title)\\b",
            Pattern.CASE_INSENSITIVE);

    private BodySummary() {
    }

    /**
     * Returns the HTML title of {@code body} when it is an HTML page with a title, or else
     * the start of its visible text with tags removed and whitespace collapsed, at most
     * {@code maxLength} characters plus "...". Returns "" for an empty body.
     */
    static String summarise(String body, int maxLength) {
        if (body == null || body.isBlank()) {
            return "";
        }
        boolean html = HTML.matcher(body).find();
        String text = body;
        if (html) {
            Matcher title = TITLE.matcher(body);
            String titleText = title.find() ? visibleText(title.group(1)) : "";
            text = titleText.isEmpty() ? visibleText(INVISIBLE.matcher(body).replaceAll(" "))
                    : titleText;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= maxLength ? flat : flat.substring(0, maxLength) + "...";
    }

    private static String visibleText(String markup) {
        String text = TAG.matcher(markup).replaceAll(" ");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
