package nl.ruimtevraag.model;

import java.util.List;

/**
 * @param file output path, or "" for out/&lt;scenario&gt;.xlsx
 * @param template house-style template path, or "" for the built-in one
 * @param formats any of xlsx, csv, json
 * @param language nl or en
 */
public record OutputSettings(String file, String template, List<String> formats, String language) {
    public OutputSettings {
        file = file == null ? "" : file;
        template = template == null ? "" : template;
        formats = List.copyOf(formats);
    }
}
