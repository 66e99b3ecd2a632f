package org.doyak.nlu;

/**
 * A value found in a message, with its place in the text.
 *
 * @param type what kind of value, e.g. {@code region}, {@code age}, {@code status}, {@code program}
 * @param value the normalised value (e.g. {@code 25} for "스물다섯")
 * @param start offset of the first char in the original text (UTF-16 index, inclusive)
 * @param end offset after the last char (exclusive)
 */
public record Entity(String type, String value, int start, int end) {
}
