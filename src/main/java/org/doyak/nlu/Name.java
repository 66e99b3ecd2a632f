package org.doyak.nlu;

/**
 * A name the entity extractor looks for, as given by the content (a center's name, a program's alias,
 * a place near a center). Spaces inside the surface form are optional in the text, case is ignored,
 * Korean particles may follow it, and a Latin form matches only as whole words.
 *
 * @param type the entity type reported, e.g. {@code center}
 * @param surface the form to look for, e.g. "전북 일자리센터"
 * @param value the value reported, e.g. the center id {@code jeonbuk}
 */
public record Name(String type, String surface, String value) {
}
