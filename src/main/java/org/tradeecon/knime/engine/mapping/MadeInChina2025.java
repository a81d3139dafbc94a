package org.tradeecon.knime.engine.mapping;

import java.util.ArrayList;
import java.util.List;

import org.tradeecon.knime.engine.datasource.Csv;

/**
 * The ten key sectors of the "Made in China 2025" plan (State Council of the PRC, 19 May 2015), as bundled.
 *
 * <p>There is <b>no public product concordance</b> from trade codes to these sectors. This engine therefore maps
 * codes to them only through a user concordance ({@link ClassificationScheme#fromConcordance}) whose category codes
 * are these sector numbers or names; it never invents a mapping.
 */
public final class MadeInChina2025 {

    /** The sentence shown wherever the sectors are offered. */
    public static final String NO_CONCORDANCE_NOTE = "\"Made in China 2025\" sectors have no public product "
            + "concordance: supply your own concordance (code → sector); no mapping is built in.";

    private MadeInChina2025() {
    }

    /** @return the ten sectors: code "1".."10", name as listed by the State Council */
    public static List<Category> sectors() {
        Csv csv = Csv.readResource(MadeInChina2025.class, "made_in_china_2025_sectors.csv");
        int no = csv.column("sector_no");
        int name = csv.column("sector_name_as_listed");
        List<Category> out = new ArrayList<>();
        for (List<String> r : csv.rows()) {
            out.add(new Category(r.get(no), r.get(name)));
        }
        return List.copyOf(out);
    }
}
